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
class FormationTable extends RowsOfCampuses<Formation> {

    private final Formations formations;
    private final List<Column<Coded<Formation>>> columns;

    FormationTable(Formations formations, CampusRegister campuses, CmqProperties properties) {
        super(campuses);
        this.formations = formations;
        String site = properties.siteUrl();
        this.columns = List.of(
                Column.required("id", "integer", "Identifiant", "Identifiant de la formation sur la plateforme.",
                        row -> row.row().id()),
                Column.required("campus_code", "string", "Code du campus", "Code national du campus.", Coded::campusCode),
                Column.required("campus", "string", "Campus", "Nom du campus.", row -> row.row().campusName()),
                Column.required("etablissement", "string", "Établissement", "Membre du réseau qui dispense la formation.",
                        row -> row.row().memberName()),
                Column.optional("uai", "string", "UAI", "Code UAI de l'établissement.", row -> row.row().memberUai()),
                Column.optional("lieu", "string", "Lieu", "Site du campus où la formation a lieu, s'il y en a un.",
                        row -> row.row().placeName()),
                Column.optional("commune", "string", "Commune", "Commune où la formation a lieu.",
                        row -> row.row().commune()),
                Column.optional("latitude", "number", "Latitude", "WGS 84.", row -> row.row().latitude()),
                Column.optional("longitude", "number", "Longitude", "WGS 84.", row -> row.row().longitude()),
                Column.required("intitule", "string", "Intitulé", "Intitulé de la formation.",
                        row -> row.row().title()),
                Column.optional("type", "string", "Type", "Type de diplôme ou de titre.",
                        row -> row.row().typeLabel()),
                Column.optional("rncp", "string", "Code RNCP", "Fiche du répertoire national des certifications.",
                        row -> row.row().rncpCode()),
                Column.required("niveau", "integer", "Niveau", "Niveau du cadre national des certifications (3 à 8).",
                        row -> row.row().level()),
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
                        row -> row.row().statuses().stream().map(open -> open.status().name()).toList()),
                Column.optional("admission", "string", "Admission", "PARCOURSUP, AFFELNET, DIRECT ou CONTRAT_APPRENTISSAGE.",
                        row -> row.row().admission() == null ? null : row.row().admission().name()),
                Column.required("accessible", "boolean", "Accessible", "Accessible aux personnes en situation de handicap.",
                        row -> row.row().accessible()),
                Column.optional("onisep", "string", "Fiche ONISEP", "Adresse de la fiche ONISEP.",
                        row -> row.row().onisepUrl()),
                Column.required("page", "string", "Page de la formation", "Adresse de sa page publique.",
                        row -> site + "/formations/" + row.row().id()));
    }

    private static @Nullable Integer capacity(Coded<Formation> row, LearnerStatus status) {
        return row.row().statuses().stream().filter(open -> open.status() == status).findFirst()
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
    public List<Column<Coded<Formation>>> columns() {
        return columns;
    }

    @Override
    DataVersion rowsVersion() {
        return formations.version();
    }

    @Override
    void eachRow(Consumer<Formation> reader) {
        formations.eachFormation(reader);
    }

    @Override
    long campusOf(Formation row) {
        return row.campusId();
    }
}
