package fr.cmq.campus;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.documents.StoredDocument;

/** The lettre de mission of the directeur opérationnel, the convention constitutive and the logo of a campus. */
public record OfficialDocuments(@Nullable LocalDate missionLetterDate, @Nullable StoredDocument missionLetter,
        @Nullable LocalDate conventionDate, @Nullable StoredDocument convention, @Nullable StoredDocument logo) {
}
