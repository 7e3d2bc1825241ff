package fr.cmq.identity;

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
    private @Nullable String passwordHash;

    /** Who writes the demonstration data: the national administration, signed in as no one. */
    public static CmqUser demonstration() {
        return new CmqUser(0, "démonstration", "Démonstration", null, true,
                List.of(RoleGrant.national(Role.ADMIN_NATIONAL)));
    }

    public CmqUser(long id, String email, String displayName, @Nullable String passwordHash, boolean enabled,
            List<RoleGrant> grants) {
        this.id = id;
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
