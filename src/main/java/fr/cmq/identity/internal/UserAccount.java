package fr.cmq.identity.internal;

import java.time.Instant;
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

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.RoleGrant;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String displayName;
    private String passwordHash;
    private boolean enabled = true;
    private Instant createdAt = Instant.now();

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

    void grant(RoleGrant grant) {
        roles.add(new RoleAssignment(this, grant));
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    CmqUser toUser() {
        return new CmqUser(id, email, displayName, passwordHash, enabled,
                roles.stream().map(RoleAssignment::toGrant).toList());
    }
}
