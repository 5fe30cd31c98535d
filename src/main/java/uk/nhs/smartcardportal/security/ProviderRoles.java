package uk.nhs.smartcardportal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The roles the sign-in provider gave a person at their last sign-in, so People and roles can say where each came from. */
@Entity
@Table(name = "provider_roles")
class ProviderRoles {

    @Id
    @Column(name = "staff_id")
    private Long staffId;

    @Column(nullable = false, length = 200)
    private String roles;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected ProviderRoles() {}

    ProviderRoles(Long staffId) {
        this.staffId = staffId;
    }

    void seen(Set<Role> roles, Instant at) {
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.seenAt = at;
    }

    Set<Role> roles() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(","))
                .filter(name -> !name.isEmpty())
                .map(Role::valueOf)
                .forEach(held::add);
        return held;
    }

    Long staffId() {
        return staffId;
    }

    Instant seenAt() {
        return seenAt;
    }
}
