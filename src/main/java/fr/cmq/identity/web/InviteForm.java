package fr.cmq.identity.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.Role;
import fr.cmq.identity.RoleGrant;
import fr.cmq.identity.internal.accounts.Invitation;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.web.SingleLine;

/**
 * An invitation as typed: the person, one role and the scope it needs (a région, an académie, a campus, a campus's
 * member), and the grant's dates.
 */
record InviteForm(
        @NotBlank(message = "{account.invite.email.required}") @Email(message = "{account.invite.email.invalid}")
        @Size(max = PlainText.MAX_EMAIL_LENGTH, message = "{account.invite.email.invalid}") @Nullable String email,
        @NotBlank(message = "{account.invite.displayName.required}") @SingleLine
        @Size(max = 200, message = "{account.invite.displayName.size}") @Nullable String displayName,
        @NotNull(message = "{account.invite.role.required}") @Nullable Role role,
        @Nullable Long campusId,
        @Nullable Long organisationId,
        @Nullable String academieCode,
        @Nullable String regionCode,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn) {

    static InviteForm blank(@Nullable Long campusId, @Nullable Long organisationId, @Nullable Role role) {
        return new InviteForm(null, null, role, campusId, organisationId, null, null, null, null);
    }

    /** The same form for an account that exists: the grant chosen is added to it. */
    InviteForm forAccount(String accountEmail, String accountName) {
        return new InviteForm(accountEmail, accountName, role, campusId, organisationId, academieCode, regionCode,
                startsOn, endsOn);
    }

    /** @throws InvalidFieldException on the scope's field the role needs and the form lacks */
    RoleGrant grant() {
        return grantOf(role, campusId, organisationId, academieCode, regionCode);
    }

    /** A role on the scope it needs, as typed in a form or sent to the API. */
    static RoleGrant grantOf(@Nullable Role role, @Nullable Long campusId, @Nullable Long organisationId,
            @Nullable String academieCode, @Nullable String regionCode) {
        return switch (role) {
            case ADMIN_NATIONAL, EXPERT -> RoleGrant.national(role);
            case PILOTE_REGIONAL -> RoleGrant.region(role, required(regionCode, "regionCode", "la région"));
            case PILOTE_ACADEMIQUE -> RoleGrant.academie(role, required(academieCode, "academieCode", "l’académie"));
            case DIRECTEUR_OPERATIONNEL, CHEF_ETABLISSEMENT_SUPPORT ->
                    RoleGrant.campus(role, required(campusId, "campusId", "le campus"));
            case MEMBER_CONTACT -> RoleGrant.organisation(required(campusId, "campusId", "le campus"),
                    required(organisationId, "organisationId", "l’organisation membre"));
            case null -> throw new InvalidFieldException("role", "Choisissez le rôle.");
        };
    }

    Invitation toInvitation(LocalDate today) {
        return new Invitation(String.valueOf(email), String.valueOf(displayName).strip(), grant(),
                startsOn == null ? today : startsOn, endsOn);
    }

    private static <T> T required(@Nullable T value, String field, String what) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidFieldException(field, "Choisissez " + what + " de ce rôle.");
        }
        return value;
    }
}
