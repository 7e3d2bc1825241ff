package fr.cmq.labelling.internal;

import java.time.LocalDate;

import fr.cmq.campus.Category;
import fr.cmq.labelling.Decision;
import fr.cmq.labelling.DossierKind;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.PlainText;

/** What an arrêté must say before a dossier records it: its NOR and date, and for a label, its category and term. */
final class DecisionCheck {

    private DecisionCheck() {
    }

    /**
     * @return the arrêté's NOR, as it is kept
     * @throws InvalidFieldException on the first field that is missing or wrong
     */
    static String checked(Decision decision, DossierKind kind, LocalDate today) {
        String reference = PlainText.blankToNull(decision.nor());
        if (reference == null || !reference.matches("[A-Z]{4}\\d{7}[A-Z]")) {
            throw new InvalidFieldException("nor", "Le NOR de l’arrêté : 4 lettres, 7 chiffres, 1 lettre (ex. MENE2412345A)");
        }
        if (decision.decidedOn() == null || decision.decidedOn().isAfter(today)) {
            throw new InvalidFieldException("decidedOn", "La date de l’arrêté, aujourd’hui ou avant");
        }
        if (decision.granted()) {
            if (decision.category() == null) {
                throw new InvalidFieldException("category", "La catégorie du label");
            }
            if (decision.durationYears() == null || decision.durationYears() < 1 || decision.durationYears() > Decision.MAX_YEARS) {
                throw new InvalidFieldException("durationYears", "Une durée de 1 à " + Decision.MAX_YEARS + " ans");
            }
            if (decision.startDate() == null) {
                throw new InvalidFieldException("startDate", "La date de début du label");
            }
            if (decision.category() == Category.EXCELLENCE && kind != DossierKind.EXCELLENCE
                    && kind != DossierKind.RENOUVELLEMENT) {
                throw new InvalidFieldException("category", "La catégorie Excellence se demande par un dossier Excellence");
            }
        }
        return reference;
    }
}
