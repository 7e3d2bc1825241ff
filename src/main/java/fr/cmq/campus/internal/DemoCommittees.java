package fr.cmq.campus.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.campus.RegionalCommittees;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.FrenchCalendar;
import fr.cmq.shared.demo.DemoData;

/**
 * The comité d'orientation stratégique of each région that has labelled campuses: its two named seats, a
 * representative of each filière of its campuses, a meeting held three months ago that established the budgets, and
 * the next one planned. The people are invented; the organisations are the filières' professional federations.
 */
@Component
@Order(4)
@RequiredArgsConstructor
class DemoCommittees implements DemoData {

    private static final CmqUser DEMO = CmqUser.demonstration();
    private static final List<String> RECTEURS = List.of("Claire Vasseur", "Olivier Mercadier", "Sophie Lambrecht",
            "Hervé Castagné", "Nathalie Roussel", "Bruno Delmas", "Isabelle Kervella", "Marc Aubertin");
    private static final List<String> PRESIDENTS = List.of("Jean-Luc Ferrand", "Anne-Sophie Morel", "Pascal Girardin",
            "Martine Lefort", "Yannick Le Goff", "Catherine Béranger", "Thierry Vidal", "Laurence Poirot");
    private static final List<String> REPRESENTATIVES = List.of("Élodie Marchand", "Karim Benali", "Julien Perrot",
            "Sandrine Collet", "Mathieu Renaud", "Aurélie Fabre", "Nicolas Guerin", "Valérie Chauvin");
    private static final Map<String, String> FEDERATIONS = Map.ofEntries(
            Map.entry("ALIMENTAIRE", "Association régionale des industries alimentaires"),
            Map.entry("CHIMIE_BIOTECH", "France Chimie"),
            Map.entry("CREATION_DESIGN", "Commission paritaire de l'audiovisuel"),
            Map.entry("BATIMENT", "Fédération française du bâtiment"),
            Map.entry("MATERIAUX", "Union des industries et métiers de la métallurgie"),
            Map.entry("MOBILITE", "Groupement des industries françaises aéronautiques et spatiales"),
            Map.entry("NUMERIQUE", "Numeum"),
            Map.entry("SERVICES_PERSONNE", "Fédération des particuliers employeurs"),
            Map.entry("SERVICES_ENTREPRISES", "Union des entreprises de transport et logistique"),
            Map.entry("SYSTEMES_INNOVANTS", "Union des industries et métiers de la métallurgie"),
            Map.entry("TOURISME", "Union des métiers et des industries de l'hôtellerie"),
            Map.entry("TRANSITION_ENERGETIQUE", "Fédération des services énergie environnement"));
    private static final String AGENDA = """
            1. Bilan de l'année des campus de la région : actions, événements, indicateurs
            2. Budgets annuels des campus et contributions des membres
            3. Calendrier des renouvellements de label et des auto-évaluations""";
    private static final String DECISIONS = """
            Les budgets annuels présentés par les campus sont établis.
            Les campus dont le label prend fin dans les deux ans engagent leur auto-évaluation avant l'été.""";
    private static final String NEXT_AGENDA = """
            1. Suivi des plans d'action des campus
            2. Préparation de la campagne de labellisation""";

    private final RegionalCommittees committees;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        int index = 0;
        for (var summary : committees.readableBy(DEMO)) {
            var committee = committees.of(summary.regionCode());
            if (committee.recteurName() == null && committee.presidentName() == null) {
                committees.nameSeats(DEMO, committee.regionCode(), committee.version(),
                        RECTEURS.get(index % RECTEURS.size()), PRESIDENTS.get(index % PRESIDENTS.size()));
            }
            if (committee.representatives().isEmpty()) {
                int person = index;
                for (String filiere : filieresOf(committee.regionCode())) {
                    committees.addRepresentative(DEMO, committee.regionCode(), filiere,
                            REPRESENTATIVES.get(person++ % REPRESENTATIVES.size()),
                            FEDERATIONS.getOrDefault(filiere, "Branche professionnelle") + " — " + committee.regionName());
                }
            }
            if (committee.meetings().isEmpty()) {
                committees.addMeeting(DEMO, committee.regionCode(),
                        FrenchCalendar.lastWorkingDays(today.minusMonths(3), 0), AGENDA, DECISIONS, null);
                committees.addMeeting(DEMO, committee.regionCode(),
                        FrenchCalendar.firstWorkingDays(today.plusMonths(3), 0), NEXT_AGENDA, null, null);
            }
            index++;
        }
    }

    private List<String> filieresOf(String regionCode) {
        return jdbc.sql("select distinct c.filiere_code from campus c where c.region_code = :code and "
                        + CommitteeReads.SITTING + " order by 1")
                .param("code", regionCode).query(String.class).list();
    }
}
