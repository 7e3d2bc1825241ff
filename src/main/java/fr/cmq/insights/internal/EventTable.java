package fr.cmq.insights.internal;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusRegister;
import fr.cmq.insights.Licence;
import fr.cmq.shared.CmqProperties;
import fr.cmq.shared.DataVersion;
import fr.cmq.steering.AgendaEvent;
import fr.cmq.steering.OpenAgenda;

/** The campuses' public events, past and coming. */
@Component
class EventTable extends RowsOfCampuses<AgendaEvent> {

    private final OpenAgenda agenda;
    private final List<Column<Coded<AgendaEvent>>> columns;

    EventTable(OpenAgenda agenda, CampusRegister campuses, CmqProperties properties) {
        super(campuses);
        this.agenda = agenda;
        String site = properties.siteUrl();
        this.columns = List.of(
                Column.required("id", "integer", "Identifiant", "Identifiant de l'événement sur la plateforme.",
                        row -> row.row().id()),
                Column.required("campus_code", "string", "Code du campus", "Code national du campus.", Coded::campusCode),
                Column.required("campus", "string", "Campus", "Nom du campus.", row -> row.row().campusName()),
                Column.required("type", "string", "Type", "HACKATHON, CONCOURS, JOURNEE_RECRUTEMENT, DECOUVERTE_METIERS,"
                        + " FORMATION_ENSEIGNANTS, MOBILITE_ERASMUS, TRAVAUX_TUTORES, PORTES_OUVERTES ou AUTRE.",
                        row -> row.row().kind().name()),
                Column.required("titre", "string", "Titre", "Titre de l'événement.", row -> row.row().title()),
                Column.required("debut", "datetime", "Début", "Heure de France, avec son décalage.",
                        row -> row.row().startsAt()),
                Column.required("fin", "datetime", "Fin", "Heure de France, avec son décalage.",
                        row -> row.row().endsAt()),
                Column.optional("lieu", "string", "Lieu", "Site du campus ou adresse.", row -> row.row().place()),
                Column.optional("commune", "string", "Commune", "Commune de l'événement.", row -> row.row().town()),
                Column.required("publics", "string", "Publics", "Publics visés, séparés par des virgules.",
                        row -> row.row().audiences().stream().map(Enum::name).toList()),
                Column.optional("inscription", "string", "Inscription", "Adresse où s'inscrire.",
                        row -> row.row().registrationUrl()),
                Column.required("page", "string", "Page de l'événement", "Adresse de sa page publique.",
                        row -> site + "/evenements/" + row.row().id()));
    }

    private static final About ABOUT = new About("evenements",
            "Événements publics des campus des métiers et des qualifications",
            "Découvertes des métiers, portes ouvertes, hackathons, concours : les événements que les campus"
                    + " publient, passés et à venir.", Licence.ETALAB_2_0, null, "id");

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public List<Column<Coded<AgendaEvent>>> columns() {
        return columns;
    }

    @Override
    DataVersion rowsVersion() {
        return agenda.version();
    }

    @Override
    void eachRow(Consumer<AgendaEvent> reader) {
        agenda.eachPublished(reader);
    }

    @Override
    long campusOf(AgendaEvent row) {
        return row.campusId();
    }
}
