package fr.cmq.labelling;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What falls to a user now on a dossier: {@code due} is the date it is expected by (the deposit deadline, the
 * experts' review deadline), {@code count} the criteria still unanswered when the dossier is to complete.
 */
public record NextStep(Kind kind, long dossierId, String campusName, DossierState state, @Nullable LocalDate due,
        int count) {

    public enum Kind {
        /** The director answers the criteria still without an answer. */
        COMPLETE,
        /** The chef d'établissement support signs off a complete dossier. */
        DEPOSIT,
        /** The director sees its complete dossier wait for the chef's signature. */
        AWAIT_DEPOSIT,
        /** A pilot co-signs for its side. */
        COSIGN,
        /** The pilots record the avis of the CAEN and of the CREFOP. */
        OPINIONS,
        /** The administration forms the group of experts and opens the review. */
        EXPERTS,
        /** An expert reviews the dossier and hands in its report. */
        REVIEW,
        /** The administration records the arrêté: every report is in. */
        DECIDE
    }
}
