package fr.cmq.labelling;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The avis of the CAEN or of the CREFOP on a dossier, as a pilot of the territory recorded it. */
public record Opinion(OpinionBody body, Verdict verdict, LocalDate givenOn, @Nullable String text,
        @Nullable Long documentId, String recordedBy) {
}
