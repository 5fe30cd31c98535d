package uk.nhs.smartcardportal.security;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import uk.nhs.smartcardportal.base.SetupMilestones;
import uk.nhs.smartcardportal.staff.StaffService;

/** The portal's sign-in, built from the running portal's parts but with the security settings a test names. */
@Component
class SignInWithSettings {

    private final StaffService staff;
    private final RoleGrantService grants;
    private final ClaimRoleMapper claimRoles;
    private final SetupMilestones milestones;
    private final SignInAudit signIns;
    private final PlatformTransactionManager transactions;
    private final Clock clock;

    SignInWithSettings(
            StaffService staff,
            RoleGrantService grants,
            ClaimRoleMapper claimRoles,
            SetupMilestones milestones,
            SignInAudit signIns,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.staff = staff;
        this.grants = grants;
        this.claimRoles = claimRoles;
        this.milestones = milestones;
        this.signIns = signIns;
        this.transactions = transactions;
        this.clock = clock;
    }

    PortalOidcUserService with(PortalSecurityProperties settings) {
        FirstAdministrators first = new FirstAdministrators(settings, staff, grants, milestones, transactions);
        return new PortalOidcUserService(staff, grants, claimRoles, settings, first, signIns, clock);
    }
}
