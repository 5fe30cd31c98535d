package uk.nhs.smartcardportal.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.staff.SignedInStaff;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * Works out an open session's roles again from what the portal holds now: the staff record (still there, still
 * linked to this sign-in, not ended) and the grants in force, beside the provider's roles from the sign-in.
 */
@Component
class SessionRoles {

    private final StaffService staff;
    private final RoleGrantService grants;

    SessionRoles(StaffService staff, RoleGrantService grants) {
        this.staff = staff;
        this.grants = grants;
    }

    /** The session's user with today's roles, or nothing when the session must end. */
    Optional<PortalUser> recheck(PortalUser user, Instant now) {
        if (!user.hasStaffRecord()) {
            return Optional.of(user.withRoles(user.roles(), now));
        }
        Optional<SignedInStaff> record = staff.stillLinked(user.staffId(), user.linkedSubject());
        if (record.isEmpty() || record.get().ended()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.of(Role.STAFF);
        roles.addAll(user.providerRoles());
        roles.addAll(grants.rolesGrantedTo(user.staffId()));
        return Optional.of(user.withRoles(roles, now));
    }
}
