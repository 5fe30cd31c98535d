package uk.nhs.smartcardportal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A role granted inside the portal by WORKFORCE, on top of the roles from the identity provider. */
@Entity
@Table(name = "role_grant")
class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "granted_by", nullable = false, length = 200)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected RoleGrant() {}

    RoleGrant(Long staffId, Role role, String grantedBy, Instant grantedAt) {
        this.staffId = staffId;
        this.role = role;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    Long getId() {
        return id;
    }

    Role getRole() {
        return role;
    }
}
