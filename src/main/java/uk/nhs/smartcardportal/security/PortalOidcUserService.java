package uk.nhs.smartcardportal.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.staff.SignedInStaff;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * Builds the portal's user at sign-in: links the OIDC identity to a staff record and works out the roles: STAFF
 * for everyone with a staff record, the roles mapped from the provider's claim, and the roles granted locally.
 * A person with no staff record gets no role and is shown the "no staff record" page.
 */
@Component
class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(PortalOidcUserService.class);

    private final OidcUserService delegate = new OidcUserService();
    private final StaffService staffService;
    private final RoleGrantService roleGrants;
    private final ClaimRoleMapper claimRoles;
    private final PortalSecurityProperties properties;
    private final FirstAdministrators firstAdministrators;
    private final SignInAudit signIns;
    private final Clock clock;

    PortalOidcUserService(
            StaffService staffService,
            RoleGrantService roleGrants,
            ClaimRoleMapper claimRoles,
            PortalSecurityProperties properties,
            FirstAdministrators firstAdministrators,
            SignInAudit signIns,
            Clock clock) {
        this.signIns = signIns;
        this.clock = clock;
        this.firstAdministrators = firstAdministrators;
        this.staffService = staffService;
        this.roleGrants = roleGrants;
        this.claimRoles = claimRoles;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        return portalUser(delegate.loadUser(request));
    }

    /** The portal's user for the provider's: staff record, roles, name. */
    PortalUser portalUser(OidcUser oidcUser) {
        boolean emailTrusted = Boolean.TRUE.equals(oidcUser.getEmailVerified()) || properties.trustUnverifiedEmail();
        String subject = subjectOf(oidcUser);
        Optional<SignedInStaff> staff = link(subject, oidcUser, emailTrusted);
        if (staff.isEmpty()) {
            staff = firstAdministrator(oidcUser, subject, emailTrusted);
        }
        if (staff.isPresent() && staff.get().ended()) {
            log.info(
                    "Sign-in to staff record {} refused: the record has ended",
                    staff.get().id());
            signIns.refusedEndedRecord(staff.get().id(), staff.get().fullName());
            return new PortalUser(
                    List.of(),
                    oidcUser.getIdToken(),
                    oidcUser.getUserInfo(),
                    null,
                    staff.get().fullName(),
                    Set.of(),
                    true);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<Role> fromProvider = EnumSet.noneOf(Role.class);
        if (staff.isPresent()) {
            roles.add(Role.STAFF);
            fromProvider.addAll(claimRoles.rolesFrom(oidcUser.getClaims()));
            roles.addAll(fromProvider);
            roles.addAll(roleGrants.rolesGrantedTo(staff.get().id()));
            if (roles.contains(Role.WORKFORCE)) {
                firstAdministrators.workforceFromTheStaffList(staff.get());
            }
        }
        String displayName = staff.map(SignedInStaff::fullName).orElseGet(() -> nameOf(oidcUser));
        PortalUser user = new PortalUser(
                PortalUser.authoritiesOf(roles),
                oidcUser.getIdToken(),
                oidcUser.getUserInfo(),
                new PortalUser.Identity(staff.map(SignedInStaff::id).orElse(null), displayName, false, subject),
                roles,
                fromProvider,
                clock.instant());
        if (staff.isPresent()) {
            signIns.signedIn(user);
        } else {
            signIns.refusedNoRecord(subject);
        }
        return user;
    }

    /**
     * Links the sign-in to a staff record. When the same person signs in twice at the same moment (two tabs), the
     * first links the record and the second finds it linked on a second look, instead of failing.
     */
    Optional<SignedInStaff> link(String subject, OidcUser user, boolean emailTrusted) {
        try {
            return linkOnce(subject, user, emailTrusted);
        } catch (OptimisticLockingFailureException raced) {
            return linkOnce(subject, user, emailTrusted);
        }
    }

    private Optional<SignedInStaff> linkOnce(String subject, OidcUser user, boolean emailTrusted) {
        String numberClaim = properties.employeeNumberClaim();
        if (!numberClaim.isBlank()) {
            return staffService.linkSignInByEmployeeNumber(subject, user.getClaimAsString(numberClaim));
        }
        return staffService.linkSignIn(subject, user.getEmail(), emailTrusted);
    }

    /** The person's lasting identity: the subject, or the claim the trust named instead (Entra ID's {@code oid}). */
    String subjectOf(OidcUser user) {
        String claim = properties.subjectClaim();
        String value = "sub".equals(claim) ? user.getSubject() : user.getClaimAsString(claim);
        if (value == null || value.isBlank()) {
            log.warn("Sign-in refused: the provider's token has no {} claim (PORTAL_SUBJECT_CLAIM)", claim);
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("invalid_token", "The sign-in names no " + claim, null));
        }
        if (value.length() > Staff.SUBJECT_MAX) {
            log.warn("Sign-in refused: the provider's {} claim is longer than {} characters", claim, Staff.SUBJECT_MAX);
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("invalid_token", "The sign-in's " + claim + " is too long", null));
        }
        return value;
    }

    /** Two tabs of a first administrator's first sign-in: the second finds the record the first made. */
    private Optional<SignedInStaff> firstAdministrator(OidcUser user, String subject, boolean emailTrusted) {
        try {
            return firstAdministrators.admit(user, subject, emailTrusted);
        } catch (DataIntegrityViolationException raced) {
            return link(subject, user, emailTrusted);
        }
    }

    private static String nameOf(OidcUser user) {
        if (user.getFullName() != null) {
            return user.getFullName();
        }
        return user.getEmail() != null ? user.getEmail() : user.getSubject();
    }
}
