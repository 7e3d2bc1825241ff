package fr.cmq.identity.internal.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.RoleGrant;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;

/**
 * A person's account: opened with a password (the bootstrap and demonstration accounts) or by an invitation, which
 * leaves it without one until the person sets it from the link it received. Every change stamps who and when, which
 * moves its version: a signed-in session of the account sees it at its next request.
 */
@Entity
@Table(name = "user_account")
class UserAccount {

    private static final LocalDate HELD_SINCE_OPENING = LocalDate.of(2020, 1, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String displayName;
    private @Nullable String passwordHash;
    private boolean enabled = true;
    private Instant createdAt = Instant.now();
    private @Nullable Instant invitedAt;
    private @Nullable String invitedBy;
    private @Nullable Instant updatedAt;
    private @Nullable String updatedBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoleAssignment> roles = new ArrayList<>();

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, String passwordHash) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    static UserAccount invited(String email, String displayName, String by, Instant at) {
        var account = new UserAccount();
        account.email = email;
        account.displayName = displayName;
        account.invitedAt = at;
        account.invitedBy = by;
        account.createdAt = at;
        return account;
    }

    /** An account opened with its password (bootstrap, demonstration) holds its grant from before any clock asks. */
    void grant(RoleGrant grant) {
        roles.add(new RoleAssignment(this, grant, HELD_SINCE_OPENING, null, null));
    }

    void grant(RoleGrant grant, LocalDate startsOn, @Nullable LocalDate endsOn, String by, Instant at) {
        roles.add(new RoleAssignment(this, grant, startsOn, endsOn, by));
        touch(by, at);
    }

    RoleGrant endGrant(long grantId, LocalDate on, String by, Instant at) {
        var assignment = roles.stream().filter(role -> role.id().equals(grantId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Rôle " + grantId + " introuvable sur ce compte"));
        assignment.endOn(on);
        touch(by, at);
        return assignment.toGrant();
    }

    RoleGrant grantOf(long grantId) {
        return roles.stream().filter(role -> role.id().equals(grantId)).findFirst().map(RoleAssignment::toGrant)
                .orElseThrow(() -> new NotFoundException("Rôle " + grantId + " introuvable sur ce compte"));
    }

    void disable(String by, Instant at) {
        if (!enabled) {
            throw new RuleViolationException("rule.account.disabled-already");
        }
        enabled = false;
        touch(by, at);
    }

    void enable(String by, Instant at) {
        if (enabled) {
            throw new RuleViolationException("rule.account.enabled-already");
        }
        enabled = true;
        touch(by, at);
    }

    void setPassword(String hash, Instant at) {
        this.passwordHash = hash;
        touch(email, at);
    }

    private void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    long version() {
        return version;
    }

    boolean enabled() {
        return enabled;
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    boolean passwordIs(String raw, PasswordEncoder encoder) {
        return passwordHash != null && encoder.matches(raw, passwordHash);
    }

    /** Every grant, ended or not: whom the account concerns, for the rules on who manages it. */
    List<RoleGrant> everyGrant() {
        return roles.stream().map(RoleAssignment::toGrant).toList();
    }

    /**
     * The person as signed in on {@code day}: the grants held that day. An invited account without password is
     * enabled too, for a federation's sign-in; the password sign-in never reads one.
     */
    CmqUser toUser(LocalDate day) {
        return new CmqUser(id, email, displayName, passwordHash, enabled,
                roles.stream().filter(role -> role.heldOn(day)).map(RoleAssignment::toGrant).toList(), version, day);
    }
}
