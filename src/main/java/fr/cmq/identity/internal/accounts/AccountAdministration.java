package fr.cmq.identity.internal.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusScopes;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.GrantPlaces;
import fr.cmq.identity.Guard;
import fr.cmq.identity.RoleGrant;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;

/**
 * The acts on accounts, each checked against the invitation rules ({@link AccountReach}) before anything is written: invite, give or end a
 * grant, disable and enable, send the invitation again. Every act is audited; an act on an account changed since it
 * was read is refused (409).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class AccountAdministration {

    private final UserAccountRepository accounts;
    private final AccountReach reach;
    private final Guard guard;
    private final CampusScopes campuses;
    private final GrantPlaces places;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Opens an account for the invited person and sends it the link that sets its password; an address that has an
     * account already receives the grant on it.
     *
     * @return the account's id
     */
    public long invite(CmqUser inviter, Invitation invitation) {
        requireMayGrant(inviter, invitation.grant());
        String email = invitation.email().strip().toLowerCase(Locale.ROOT);
        var now = clock.instant();
        var account = accounts.findWithRolesByEmail(email).orElse(null);
        boolean opened = account == null;
        if (opened) {
            account = accounts.save(UserAccount.invited(email, invitation.displayName().strip(), inviter.email(), now));
        }
        account.grant(invitation.grant(), invitation.startsOn(), invitation.endsOn(), inviter.email(), now);
        accounts.flush();
        auditTrail.record(opened ? "INVITATION" : "AJOUT_ROLE", "compte", account.id(),
                Map.of("email", email, "role", invitation.grant().role().name(), "portee", scope(invitation.grant())));
        if (!account.hasPassword()) {
            events.publishEvent(new AccountEvent.InvitationAsked(account.id(), now));
        }
        return account.id();
    }

    public void addGrant(CmqUser actor, long accountId, long version, RoleGrant grant, LocalDate startsOn,
            @Nullable LocalDate endsOn) {
        var account = current(accountId, version);
        requireSees(actor, account);
        requireMayGrant(actor, grant);
        account.grant(grant, startsOn, endsOn, actor.email(), clock.instant());
        auditTrail.record("AJOUT_ROLE", "compte", accountId, Map.of("role", grant.role().name(), "portee", scope(grant)));
    }

    /** The grant ends today unless a later day is said: from that day on, the role is no longer held. */
    public void endGrant(CmqUser actor, long accountId, long version, long grantId, @Nullable LocalDate on) {
        var account = current(accountId, version);
        requireSees(actor, account);
        requireMayGrant(actor, account.grantOf(grantId));
        refuseOwn(actor, account, "Vous ne pouvez pas retirer vos propres rôles : demandez-le à qui vous les a donnés.");
        var today = LocalDate.now(clock);
        var ended = account.endGrant(grantId, on == null || on.isBefore(today) ? today : on, actor.email(),
                clock.instant());
        auditTrail.record("FIN_ROLE", "compte", accountId, Map.of("role", ended.role().name(), "portee", scope(ended)));
    }

    public void disable(CmqUser actor, long accountId, long version) {
        var account = current(accountId, version);
        requireManages(actor, account);
        refuseOwn(actor, account, "Vous ne pouvez pas désactiver votre propre compte.");
        account.disable(actor.email(), clock.instant());
        auditTrail.record("DESACTIVATION", "compte", accountId, Map.of("email", account.email()));
    }

    public void enable(CmqUser actor, long accountId, long version) {
        var account = current(accountId, version);
        requireManages(actor, account);
        account.enable(actor.email(), clock.instant());
        auditTrail.record("ACTIVATION", "compte", accountId, Map.of("email", account.email()));
    }

    public void resendInvitation(CmqUser actor, long accountId) {
        var account = found(accountId);
        requireSees(actor, account);
        if (account.hasPassword()) {
            throw new InvalidFieldException("compte", "Ce compte a déjà choisi son mot de passe : rien à renvoyer.");
        }
        auditTrail.record("RELANCE_INVITATION", "compte", accountId, Map.of("email", account.email()));
        events.publishEvent(new AccountEvent.InvitationAsked(accountId, clock.instant()));
    }

    /** Nobody locks itself out: its own roles and account are ended by someone else. */
    private static void refuseOwn(CmqUser actor, UserAccount account, String why) {
        if (account.id() == actor.id()) {
            throw new InvalidFieldException("compte", why);
        }
    }

    private void requireSees(CmqUser actor, UserAccount account) {
        if (!reach.sees(actor, account.everyGrant())) {
            throw new NotFoundException("Compte " + account.id() + " introuvable");
        }
    }

    private void requireManages(CmqUser actor, UserAccount account) {
        requireSees(actor, account);
        guard.refuseUnless(reach.manages(actor, account.everyGrant()), "Ce compte a des rôles hors de votre périmètre");
    }

    /** Refused first, so that a grant out of reach is answered 403 whatever it names; then what it names must be. */
    private void requireMayGrant(CmqUser actor, RoleGrant grant) {
        guard.requireGrant(actor, grant);
        checkScopeExists(grant);
    }

    /** A grant names a campus, a member, an académie or a région that exists, or is refused on its field. */
    private void checkScopeExists(RoleGrant grant) {
        if (grant.campusId() != null && campuses.scope(grant.campusId()).isEmpty()) {
            throw new InvalidFieldException("campusId", "Ce campus n'existe pas.");
        }
        if (grant.organisationId() != null && places.members(grant.campusId()).stream()
                .noneMatch(member -> member.id() == grant.organisationId())) {
            throw new InvalidFieldException("organisationId", "Cette organisation n'est pas membre du campus.");
        }
        if (grant.academieCode() != null && !places.academies().containsKey(grant.academieCode())) {
            throw new InvalidFieldException("academieCode", "Cette académie n'existe pas.");
        }
        if (grant.regionCode() != null && !places.regions().containsKey(grant.regionCode())) {
            throw new InvalidFieldException("regionCode", "Cette région n'existe pas.");
        }
    }

    private UserAccount current(long accountId, long version) {
        var account = found(accountId);
        if (account.version() != version) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, accountId);
        }
        return account;
    }

    private UserAccount found(long accountId) {
        return accounts.findWithRolesById(accountId)
                .orElseThrow(() -> new NotFoundException("Compte " + accountId + " introuvable"));
    }

    private static String scope(RoleGrant grant) {
        return grant.campusId() != null ? "campus " + grant.campusId()
                + (grant.organisationId() != null ? ", membre " + grant.organisationId() : "")
                : grant.academieCode() != null ? "académie " + grant.academieCode()
                : grant.regionCode() != null ? "région " + grant.regionCode() : "national";
    }

}
