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
import java.time.LocalDate;

/** A role granted inside the portal by WORKFORCE, on top of the roles from the identity provider. */
@Entity
@Table(name = "role_grant")
class RoleGrant {

    static final int REASON_MAX = 200;

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

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    protected RoleGrant() {}

    RoleGrant(Long staffId, Role role, Terms terms) {
        this.staffId = staffId;
        this.role = role;
        renew(terms);
    }

    /** Who granted it, when, until when and why: a grant made again takes the new terms. */
    record Terms(String grantedBy, Instant grantedAt, LocalDate endsOn, String reason) {}

    void renew(Terms terms) {
        this.grantedBy = terms.grantedBy();
        this.grantedAt = terms.grantedAt();
        this.endsOn = terms.endsOn();
        this.reason = terms.reason();
    }

    /** In force on the day: a grant counts up to and including the day it ends. */
    boolean inForceOn(LocalDate day) {
        return !endsOn.isBefore(day);
    }

    String getGrantedBy() {
        return grantedBy;
    }

    Instant getGrantedAt() {
        return grantedAt;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    String getReason() {
        return reason;
    }

    Long getId() {
        return id;
    }

    Long getStaffId() {
        return staffId;
    }

    Role getRole() {
        return role;
    }
}
