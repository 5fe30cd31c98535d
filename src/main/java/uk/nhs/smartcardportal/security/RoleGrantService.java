package uk.nhs.smartcardportal.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.SetupMilestones;
import uk.nhs.smartcardportal.staff.StaffOrigin;
import uk.nhs.smartcardportal.staff.StaffService;

/** Roles granted locally by the Workforce Systems Team. STAFF is never granted: every linked person has it. */
@Service
public class RoleGrantService {

    private final RoleGrantRepository grants;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final StaffService staff;
    private final SetupMilestones milestones;

    RoleGrantService(
            RoleGrantRepository grants,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock,
            StaffService staff,
            SetupMilestones milestones) {
        this.staff = staff;
        this.milestones = milestones;
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
        record(staffId, role, currentUser.require().displayName());
        if (role == Role.WORKFORCE) {
            staff.find(staffId)
                    .filter(person -> person.getOrigin() == StaffOrigin.STAFF_LIST)
                    .ifPresent(person -> milestones.reach(SetupMilestones.WORKFORCE_FROM_STAFF_LIST, staffId));
        }
    }

    /** A role given by a rule at sign-in (a first administrator), before anyone is authenticated. */
    @Transactional(propagation = Propagation.MANDATORY)
    void grantAtSignIn(long staffId, Role role, String grantedBy) {
        record(staffId, role, grantedBy);
    }

    private void record(long staffId, Role role, String grantedBy) {
        if (grants.findByStaffIdAndRole(staffId, role).isPresent()) {
            return;
        }
        RoleGrant grant = grants.save(new RoleGrant(staffId, role, grantedBy, clock.instant()));
        audit.record(
                "ROLE_GRANTED",
                "Staff",
                staffId,
                null,
                Map.of("role", role.name(), "grantId", grant.getId(), "grantedBy", grantedBy));
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

    /** Ends every role granted in the portal to a leaver; for the leavers job, which runs as no one. Audited. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int endGrantsOfLeaver(long staffId) {
        List<RoleGrant> held = grants.findByStaffId(staffId);
        for (RoleGrant grant : held) {
            grants.delete(grant);
            audit.record(
                    "ROLE_REVOKED",
                    "Staff",
                    staffId,
                    Map.of("role", grant.getRole().name()),
                    Map.of("why", "The person left the trust"));
        }
        return held.size();
    }

    private static void requireGrantable(Role role) {
        if (role == Role.STAFF) {
            throw new IllegalArgumentException("Every person with a staff record has the Staff role already");
        }
    }
}
