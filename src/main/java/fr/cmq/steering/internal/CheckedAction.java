package fr.cmq.steering.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.Euros;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.PlainText;
import fr.cmq.steering.ActionDetails;

/** An action's details once checked against its campus: what the entity takes. */
record CheckedAction(@Nullable Long objectiveId, String title, @Nullable String description, String pilotName,
        @Nullable Long pilotMemberId, LocalDate startsOn, LocalDate endsOn, @Nullable BigDecimal budget,
        @Nullable String expectedResults, List<String> indicatorCodes) {

    private static final int MAX_TEXT = 4000;

    /**
     * The details as typed, checked against what the campus holds: its active members, whether the objective named is
     * one of its own, the indicators it follows.
     *
     * @throws InvalidFieldException on the first field that is wrong
     */
    static CheckedAction of(ActionDetails action, Set<Long> members, boolean objectiveOfTheCampus,
            Collection<String> followed) {
        String title = required(action.title(), "title", "Donnez un intitulé à l’action", 300);
        String pilot = required(action.pilotName(), "pilotName", "Nommez la personne qui pilote l’action", 200);
        if (action.pilotMemberId() != null && !members.contains(action.pilotMemberId())) {
            throw new InvalidFieldException("pilotMemberId", "Cet organisme ne fait pas (ou plus) partie du réseau du campus");
        }
        if (!members.containsAll(action.memberIds())) {
            throw new InvalidFieldException("memberIds", "Un des organismes impliqués ne fait pas partie du réseau du campus");
        }
        if (action.objectiveId() != null && !objectiveOfTheCampus) {
            throw new InvalidFieldException("objectiveId", "Cet objectif n’est pas un objectif du campus");
        }
        if (action.startsOn() == null) {
            throw new InvalidFieldException("startsOn", "Date de début requise");
        }
        if (action.endsOn() == null) {
            throw new InvalidFieldException("endsOn", "Date de fin requise");
        }
        if (action.endsOn().isBefore(action.startsOn())) {
            throw new InvalidFieldException("endsOn", "La fin ne précède pas le début");
        }
        if (action.startsOn().getYear() < 2000 || action.endsOn().getYear() > 2100) {
            throw new InvalidFieldException("startsOn", "Des dates entre 2000 et 2100");
        }
        var codes = List.copyOf(new LinkedHashSet<>(action.indicatorCodes()));
        if (!followed.containsAll(codes)) {
            throw new InvalidFieldException("indicatorCodes", "Un des indicateurs n’est pas suivi par le campus");
        }
        return new CheckedAction(action.objectiveId(), title, PlainText.optional(action.description(), "description",
                MAX_TEXT), pilot, action.pilotMemberId(), action.startsOn(), action.endsOn(),
                action.budget() == null ? null : Euros.check(action.budget(), "budget"),
                PlainText.optional(action.expectedResults(), "expectedResults", MAX_TEXT), codes);
    }

    private static String required(@Nullable String value, String field, String missing, int max) {
        String text = PlainText.optional(value, field, max);
        if (text == null) {
            throw new InvalidFieldException(field, missing);
        }
        return text;
    }
}
