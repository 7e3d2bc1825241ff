package fr.cmq.identity.internal.accounts;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.RoleGrant;

/** Whom to invite, with the role and scope they receive and from when to when. */
public record Invitation(String email, String displayName, RoleGrant grant, LocalDate startsOn,
        @Nullable LocalDate endsOn) {
}
