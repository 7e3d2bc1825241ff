package fr.cmq.identity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person: who they are and the roles they hold, each on its scope. */
public final class CmqUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String email;
    private final String displayName;
    private final boolean enabled;
    private final List<RoleGrant> grants;
    private final long version;
    private final @Nullable LocalDate readOn;
    private @Nullable String passwordHash;

    /** Who writes the demonstration data: the national administration, signed in as no one. */
    public static CmqUser demonstration() {
        return new CmqUser(0, "démonstration", "Démonstration", null, true,
                List.of(RoleGrant.national(Role.ADMIN_NATIONAL)));
    }

    public CmqUser(long id, String email, String displayName, @Nullable String passwordHash, boolean enabled,
            List<RoleGrant> grants) {
        this(id, email, displayName, passwordHash, enabled, grants, 0, null);
    }

    /**
     * As read from its account: the account's version and the day the grants were read, so that a signed-in session
     * learns at its next request that the account changed or that a day has passed (a grant that ended).
     */
    public CmqUser(long id, String email, String displayName, @Nullable String passwordHash, boolean enabled,
            List<RoleGrant> grants, long version, @Nullable LocalDate readOn) {
        this.id = id;
        this.version = version;
        this.readOn = readOn;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.grants = List.copyOf(grants);
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public List<RoleGrant> grants() {
        return grants;
    }

    /** Whether this is still the account as it stands: same version, read today. */
    public boolean isCurrent(long accountVersion, LocalDate today) {
        return version == accountVersion && today.equals(readOn);
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }

    public boolean isNationalAdministrator() {
        return has(Role.ADMIN_NATIONAL);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream().map(grant -> new SimpleGrantedAuthority(grant.role().authority())).distinct().toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CmqUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "CmqUser[" + email + "]";
    }
}
