package fr.cmq.identity.internal.accounts;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.Role;
import fr.cmq.identity.RoleGrant;
import fr.cmq.shared.RuleViolationException;

/** One role on one scope, held from its first day to the day before its end. */
@Entity
@Table(name = "role_assignment")
class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id")
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    private Role role;

    private @Nullable Long campusId;
    private @Nullable String academieCode;
    private @Nullable String regionCode;
    private @Nullable Long organisationId;
    private LocalDate startsOn;
    private @Nullable LocalDate endsOn;
    private @Nullable String grantedBy;

    protected RoleAssignment() {
    }

    RoleAssignment(UserAccount account, RoleGrant grant, LocalDate startsOn, @Nullable LocalDate endsOn,
            @Nullable String grantedBy) {
        if (endsOn != null && !endsOn.isAfter(startsOn)) {
            throw new RuleViolationException("rule.grant.ends-before-start");
        }
        this.account = account;
        this.role = grant.role();
        this.campusId = grant.campusId();
        this.academieCode = grant.academieCode();
        this.regionCode = grant.regionCode();
        this.organisationId = grant.organisationId();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.grantedBy = grantedBy;
    }

    Long id() {
        return id;
    }

    RoleGrant toGrant() {
        return new RoleGrant(role, campusId, academieCode, regionCode, organisationId);
    }

    boolean heldOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || endsOn.isAfter(day));
    }

    /** From {@code day} on, the role is no longer held; a grant already ended keeps its end. */
    void endOn(LocalDate day) {
        if (endsOn != null && !endsOn.isAfter(day)) {
            throw new RuleViolationException("rule.grant.ended");
        }
        this.endsOn = day.isBefore(startsOn) ? startsOn : day;
    }
}
