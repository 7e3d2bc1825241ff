package fr.cmq.steering.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDetails;
import fr.cmq.identity.CmqUser;
import fr.cmq.steering.CampusIndicators;
import fr.cmq.steering.Indicator;

/** The demonstration's indicators: the catalogue the texts suggest, and three years of a campus's measures. */
@Component
@RequiredArgsConstructor
class DemoIndicators {

    private static final CmqUser DEMO = CmqUser.demonstration();

    private final CampusIndicators indicators;

    /** The demonstration catalogue of measured indicators, drawn from the texts; those the platform counts ship with it. */
    void catalogue() {
        indicator("APPRENTIS", "Apprentis formés par le réseau", "apprentis", true, "Effectif au 31 décembre");
        indicator("ELEVES", "Élèves de la voie professionnelle", "élèves", true, "Effectif à la rentrée");
        indicator("ETUDIANTS", "Étudiants", "étudiants", true, "Effectif à la rentrée");
        indicator("STAGIAIRES_FC", "Stagiaires de la formation continue", "stagiaires", true, "Entrées de l'année");
        indicator("INSERTION_6_MOIS", "Taux d'insertion à 6 mois", "%", true, "Enquête InserJeunes");
        indicator("MOBILITES_ERASMUS", "Mobilités Erasmus+", "mobilités", true, "Départs de l'année");
        indicator("JEUNES_ORIENTATION", "Jeunes touchés par les actions d'orientation", "jeunes", true,
                "Participants aux actions de découverte");
        indicator("ENSEIGNANTS_FORMES", "Enseignants formés", "enseignants", true, "Stagiaires des formations");
        indicator("PART_FEMMES", "Part de femmes dans les formations", "%", true, "Effectifs à la rentrée");
    }

    private void indicator(String code, String label, String unit, boolean higherIsBetter, String method) {
        indicators.define(DEMO, new Indicator(code, label, unit, higherIsBetter, method, null));
    }

    /** Three years of measures, each quarter, and a target each year, for six measured indicators and two counted. */
    void measures(CampusDetails campus, LocalDate today) {
        var start = today.minusYears(3).withDayOfMonth(1);
        Object[][] series = { { "APPRENTIS", 180, 12 }, { "ELEVES", 640, 5 }, { "ETUDIANTS", 210, 8 },
                { "INSERTION_6_MOIS", 61, 1 }, { "MOBILITES_ERASMUS", 8, 2 }, { "PART_FEMMES", 11, 1 } };
        for (Object[] s : series) {
            String code = (String) s[0];
            int base = (Integer) s[1];
            int step = (Integer) s[2];
            int quarter = 0;
            for (var day = start; !day.isAfter(today); day = day.plusMonths(3), quarter++) {
                indicators.record(DEMO, campus.id(), code, day, BigDecimal.valueOf(base + step * quarter
                        + (quarter % 3 == 2 ? -step : 0)), null);
            }
            for (int year = start.getYear(); year <= today.getYear(); year++) {
                indicators.setTarget(DEMO, campus.id(), code, year,
                        BigDecimal.valueOf(base + step * 4L * (year - start.getYear() + 1)));
            }
        }
        indicators.follow(DEMO, campus.id(), "EVENEMENTS");
        indicators.setTarget(DEMO, campus.id(), "EVENEMENTS", today.getYear(), BigDecimal.TEN);
        indicators.follow(DEMO, campus.id(), "ENTREPRISES_PARTENAIRES");
    }
}
