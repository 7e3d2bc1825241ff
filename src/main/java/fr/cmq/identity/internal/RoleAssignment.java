package fr.cmq.identity.internal;

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

import fr.cmq.identity.Role;
import fr.cmq.identity.RoleGrant;

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

    private Long campusId;
    private String academieCode;
    private String regionCode;
    private Long organisationId;

    protected RoleAssignment() {
    }

    RoleAssignment(UserAccount account, RoleGrant grant) {
        this.account = account;
        this.role = grant.role();
        this.campusId = grant.campusId();
        this.academieCode = grant.academieCode();
        this.regionCode = grant.regionCode();
        this.organisationId = grant.organisationId();
    }

    RoleGrant toGrant() {
        return new RoleGrant(role, campusId, academieCode, regionCode, organisationId);
    }
}
