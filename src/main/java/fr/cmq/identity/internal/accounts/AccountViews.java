package fr.cmq.identity.internal.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.AuditEntry;
import fr.cmq.identity.Role;

/** What the accounts' screens and API show. */
public final class AccountViews {

    private AccountViews() {
    }

    /** One account in the list, with the grants it holds today, each named. */
    public record AccountRow(long id, String email, String displayName, boolean enabled, boolean passwordSet,
            @Nullable Instant lastSignInAt, List<GrantView> grants) {

        /** Whether the person took up its invitation: chose a password, or signed in through ProConnect. */
        public boolean answered() {
            return passwordSet || lastSignInAt != null;
        }
    }

    /** One grant: its role, its scope named, its dates, whether it is held today and whether the viewer may end it. */
    public record GrantView(long id, Role role, String scope, LocalDate startsOn, @Nullable LocalDate endsOn,
            boolean held, boolean endable) {
    }

    /** One account on its page: its grants, its history, and what the viewer may do of it. */
    public record AccountDetails(long id, String email, String displayName, boolean enabled, boolean passwordSet,
            Instant createdAt, @Nullable Instant invitedAt, @Nullable String invitedBy, @Nullable Instant lastSignInAt,
            @Nullable Instant updatedAt, @Nullable String updatedBy, long version, List<GrantView> grants,
            List<AuditEntry> history, boolean managed) {

        /** Whether the person took up its invitation: chose a password, or signed in through ProConnect. */
        public boolean answered() {
            return passwordSet || lastSignInAt != null;
        }
    }
}
