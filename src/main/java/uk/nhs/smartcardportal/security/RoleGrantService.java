package uk.nhs.smartcardportal.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.Roles;

/** Roles granted locally by the Workforce Systems Team. STAFF is never granted: every linked person has it. */
@Service
public class RoleGrantService {

    private final RoleGrantRepository grants;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    RoleGrantService(RoleGrantRepository grants, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.grants = grants;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Used at sign-in, before anyone is authenticated; not for views. */
    @Transactional(readOnly = true)
    Set<Role> rolesGrantedTo(Long staffId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        grants.findByStaffId(staffId).forEach(grant -> roles.add(grant.getRole()));
        return roles;
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public Set<Role> grantedRoles(long staffId) {
        return rolesGrantedTo(staffId);
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void grant(long staffId, Role role) {
        requireGrantable(role);
        if (grants.findByStaffIdAndRole(staffId, role).isPresent()) {
            return;
        }
        RoleGrant grant =
                grants.save(new RoleGrant(staffId, role, currentUser.require().displayName(), clock.instant()));
        audit.record("ROLE_GRANTED", "Staff", staffId, null, Map.of("role", role.name(), "grantId", grant.getId()));
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void revoke(long staffId, Role role) {
        requireGrantable(role);
        grants.findByStaffIdAndRole(staffId, role).ifPresent(grant -> {
            grants.delete(grant);
            audit.record("ROLE_REVOKED", "Staff", staffId, Map.of("role", role.name()), null);
        });
    }

    private static void requireGrantable(Role role) {
        if (role == Role.STAFF) {
            throw new IllegalArgumentException("Every person with a staff record has the Staff role already");
        }
    }
}
