package fr.cmq.campus;

import org.jspecify.annotations.Nullable;

/** What changes about a member while it stays in the network: its role and its contact person. */
public record MemberChanges(NetworkRole networkRole, @Nullable String contactName, @Nullable String contactEmail,
        @Nullable String contactPhone) {
}
