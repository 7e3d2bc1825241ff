package fr.cmq.campus;

import org.jspecify.annotations.Nullable;

/** What a member organisation keeps of itself: its contact person and how it presents itself. */
public record OrganisationDetails(@Nullable String contactName, @Nullable String contactEmail,
        @Nullable String contactPhone, @Nullable String presentation) {
}
