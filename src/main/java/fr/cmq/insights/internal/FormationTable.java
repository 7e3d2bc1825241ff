package fr.cmq.insights.internal;

import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusRegister;
import fr.cmq.insights.Licence;
import fr.cmq.shared.CmqProperties;
import fr.cmq.shared.DataVersion;
import fr.cmq.training.Formation;
import fr.cmq.training.Formations;
import fr.cmq.training.LearnerStatus;
import fr.cmq.training.OpenStatus;

/** The formations of the campuses' networks, each with its campus's code and where it is taught. */
@Component
class FormationTable implements OpenTable<FormationTable.Row> {

    /** A formation and its campus's national code. */
    record Row(Formation formation, String campusCode) {
    }

    private final Formations formations;
    private final CampusRegister campuses;
    private final List<Column<Row>> columns;

    FormationTable(Formations formations, CampusRegister campuses, CmqProperties properties) {
        this.formations = formations;
        this.campuses = campuses;
        String site = properties.siteUrl();
        this.columns = List.of(
                Column.required("id", "integer", "Identifiant", "Identifiant de la formation sur la plateforme.",
                        row -> row.formation().id()),
                Column.required("campus_code", "string", "Code du campus", "Code national du campus.", Row::campusCode),
                Column.required("campus", "string", "Campus", "Nom du campus.", row -> row.formation().campusName()),
                Column.required("etablissement", "string", "Établissement", "Membre du réseau qui dispense la formation.",
                        row -> row.formation().memberName()),
                Column.optional("uai", "string", "UAI", "Code UAI de l'établissement.", row -> row.formation().memberUai()),
                Column.optional("lieu", "string", "Lieu", "Site du campus où la formation a lieu, s'il y en a un.",
                        row -> row.formation().placeName()),
                Column.optional("commune", "string", "Commune", "Commune où la formation a lieu.",
                        row -> row.formation().commune()),
                Column.optional("latitude", "number", "Latitude", "WGS 84.", row -> row.formation().latitude()),
                Column.optional("longitude", "number", "Longitude", "WGS 84.", row -> row.formation().longitude()),
                Column.required("intitule", "string", "Intitulé", "Intitulé de la formation.",
                        row -> row.formation().title()),
                Column.optional("type", "string", "Type", "Type de diplôme ou de titre.",
                        row -> row.formation().typeLabel()),
                Column.optional("rncp", "string", "Code RNCP", "Fiche du répertoire national des certifications.",
                        row -> row.formation().rncpCode()),
                Column.required("niveau", "integer", "Niveau", "Niveau du cadre national des certifications (3 à 8).",
                        row -> row.formation().level()),
                Column.optional("places_scolaire", "integer", "Places sous statut scolaire",
                        "Vide si la formation n'est pas ouverte sous ce statut ou si le nombre n'est pas connu.",
                        row -> capacity(row, LearnerStatus.SCOLAIRE)),
                Column.optional("places_apprentissage", "integer", "Places en apprentissage",
                        "Vide si la formation n'est pas ouverte sous ce statut ou si le nombre n'est pas connu.",
                        row -> capacity(row, LearnerStatus.APPRENTISSAGE)),
                Column.optional("places_formation_continue", "integer", "Places en formation continue",
                        "Vide si la formation n'est pas ouverte sous ce statut ou si le nombre n'est pas connu.",
                        row -> capacity(row, LearnerStatus.FORMATION_CONTINUE)),
                Column.required("statuts", "string", "Statuts ouverts",
                        "SCOLAIRE, APPRENTISSAGE, FORMATION_CONTINUE, séparés par des virgules.",
                        row -> row.formation().statuses().stream().map(open -> open.status().name()).toList()),
                Column.optional("admission", "string", "Admission", "PARCOURSUP, AFFELNET, DIRECT ou CONTRAT_APPRENTISSAGE.",
                        row -> row.formation().admission() == null ? null : row.formation().admission().name()),
                Column.required("accessible", "boolean", "Accessible", "Accessible aux personnes en situation de handicap.",
                        row -> row.formation().accessible()),
                Column.optional("onisep", "string", "Fiche ONISEP", "Adresse de la fiche ONISEP.",
                        row -> row.formation().onisepUrl()),
                Column.required("page", "string", "Page de la formation", "Adresse de sa page publique.",
                        row -> site + "/formations/" + row.formation().id()));
    }

    private static @Nullable Integer capacity(Row row, LearnerStatus status) {
        return row.formation().statuses().stream().filter(open -> open.status() == status).findFirst()
                .map(OpenStatus::capacity).orElse(null);
    }

    private static final About ABOUT = new About("formations",
            "Formations des réseaux des campus des métiers et des qualifications",
            "Les formations que dispensent les membres des réseaux des campus : établissement, lieu, niveau,"
                    + " statuts ouverts et places, voie d'admission, avec le code national du campus.",
            Licence.ODBL_1_0, "Les intitulés, types et fiches des certifications viennent des données de l'ONISEP,"
                    + " publiées sous licence ODbL : ce fichier, qui en dérive, est publié sous la même licence.", "id");

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public List<Column<Row>> columns() {
        return columns;
    }

    @Override
    public DataVersion version() {
        return formations.version().with(campuses.version());
    }

    @Override
    public void each(Consumer<Row> reader) {
        var codes = campuses.codes();
        formations.eachFormation(formation -> reader.accept(new Row(formation, codes.get(formation.campusId()))));
    }
}
