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
class EventTable implements OpenTable<EventTable.Row> {

    /** An event and its campus's national code. */
    record Row(AgendaEvent event, String campusCode) {
    }

    private final OpenAgenda agenda;
    private final CampusRegister campuses;
    private final List<Column<Row>> columns;

    EventTable(OpenAgenda agenda, CampusRegister campuses, CmqProperties properties) {
        this.agenda = agenda;
        this.campuses = campuses;
        String site = properties.siteUrl();
        this.columns = List.of(
                Column.required("id", "integer", "Identifiant", "Identifiant de l'événement sur la plateforme.",
                        row -> row.event().id()),
                Column.required("campus_code", "string", "Code du campus", "Code national du campus.", Row::campusCode),
                Column.required("campus", "string", "Campus", "Nom du campus.", row -> row.event().campusName()),
                Column.required("type", "string", "Type", "HACKATHON, CONCOURS, JOURNEE_RECRUTEMENT, DECOUVERTE_METIERS,"
                        + " FORMATION_ENSEIGNANTS, MOBILITE_ERASMUS, TRAVAUX_TUTORES, PORTES_OUVERTES ou AUTRE.",
                        row -> row.event().kind().name()),
                Column.required("titre", "string", "Titre", "Titre de l'événement.", row -> row.event().title()),
                Column.required("debut", "datetime", "Début", "Heure de France, avec son décalage.",
                        row -> row.event().startsAt()),
                Column.required("fin", "datetime", "Fin", "Heure de France, avec son décalage.",
                        row -> row.event().endsAt()),
                Column.optional("lieu", "string", "Lieu", "Site du campus ou adresse.", row -> row.event().place()),
                Column.optional("commune", "string", "Commune", "Commune de l'événement.", row -> row.event().town()),
                Column.required("publics", "string", "Publics", "Publics visés, séparés par des virgules.",
                        row -> row.event().audiences().stream().map(Enum::name).toList()),
                Column.optional("inscription", "string", "Inscription", "Adresse où s'inscrire.",
                        row -> row.event().registrationUrl()),
                Column.required("page", "string", "Page de l'événement", "Adresse de sa page publique.",
                        row -> site + "/evenements/" + row.event().id()));
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
    public List<Column<Row>> columns() {
        return columns;
    }

    @Override
    public DataVersion version() {
        return agenda.version().with(campuses.version());
    }

    @Override
    public void each(Consumer<Row> reader) {
        var codes = campuses.codes();
        agenda.eachPublished(event -> reader.accept(new Row(event, codes.get(event.campusId()))));
    }
}
