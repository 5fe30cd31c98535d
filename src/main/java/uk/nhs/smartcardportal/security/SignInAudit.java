package uk.nhs.smartcardportal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.PortalPrincipal;

/**
 * Sign-in, sign-out, refused sign-in and sessions the portal ended, in the audit trail. Failed callbacks that name
 * no one (a bad or replayed code) are logged, not audited: anyone can send them, and they must not fill the trail.
 */
@Component
class SignInAudit implements LogoutHandler {

    static final String SIGNED_IN = "SIGNED_IN";
    static final String SIGNED_OUT = "SIGNED_OUT";
    static final String SIGN_IN_REFUSED = "SIGN_IN_REFUSED";
    static final String SESSION_ENDED = "SESSION_ENDED";

    private static final int SUBJECT_MAX = 64;

    private final AuditService audit;
    private final RoleGrantService grants;
    private final TransactionTemplate transaction;

    SignInAudit(AuditService audit, RoleGrantService grants, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.grants = grants;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A person with a staff record signed in: what the provider gave them is kept, and the sign-in audited. */
    void signedIn(PortalUser user) {
        transaction.executeWithoutResult(status -> {
            grants.recordProviderRoles(user.staffId(), user.providerRoles());
            audit.recordAs(user, SIGNED_IN, "Staff", user.staffId(), null, Map.of("roles", names(user.roles())));
        });
    }

    void refusedEndedRecord(long staffId, String name) {
        transaction.executeWithoutResult(status -> audit.recordAs(
                person(staffId, name),
                SIGN_IN_REFUSED,
                "Staff",
                staffId,
                null,
                Map.of("reason", "The staff record has ended")));
    }

    /** Someone the provider knows and the portal does not: the subject only, nothing else from their token. */
    void refusedNoRecord(String subject) {
        String id = subject.length() <= SUBJECT_MAX ? subject : subject.substring(0, SUBJECT_MAX);
        transaction.executeWithoutResult(status -> audit.recordAs(
                person(null, "Someone without a staff record"),
                SIGN_IN_REFUSED,
                "SignIn",
                id,
                null,
                Map.of("reason", "No staff record matches this sign-in")));
    }

    void sessionEnded(PortalUser user, String reason) {
        transaction.executeWithoutResult(
                status -> audit.recordAs(user, SESSION_ENDED, "Staff", user.staffId(), null, Map.of("reason", reason)));
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null
                && authentication.getPrincipal() instanceof PortalUser user
                && user.hasStaffRecord()) {
            transaction.executeWithoutResult(
                    status -> audit.recordAs(user, SIGNED_OUT, "Staff", user.staffId(), null, null));
        }
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static PortalPrincipal person(Long staffId, String name) {
        return new PortalPrincipal() {
            @Override
            public Long staffId() {
                return staffId;
            }

            @Override
            public String displayName() {
                return name;
            }
        };
    }
}
