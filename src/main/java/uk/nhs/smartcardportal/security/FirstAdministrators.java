package uk.nhs.smartcardportal.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.base.SetupMilestones;
import uk.nhs.smartcardportal.staff.SignedInStaff;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * The people named in {@code PORTAL_FIRST_ADMINS}, let in on a portal nobody can sign in to yet: at their first
 * sign-in they get a staff record from their token and the Workforce role. It ends for good once a Workforce member
 * from the staff list has signed in or been granted the role; from then on the setting is ignored, and the log
 * says so. Nobody not named gains anything from it.
 */
@Component
class FirstAdministrators {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrators.class);

    private final List<String> named;
    private final StaffService staff;
    private final RoleGrantService grants;
    private final SetupMilestones milestones;
    private final TransactionTemplate transaction;

    FirstAdministrators(
            PortalSecurityProperties properties,
            StaffService staff,
            RoleGrantService grants,
            SetupMilestones milestones,
            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.named = properties.firstAdministrators();
        this.staff = staff;
        this.grants = grants;
        this.milestones = milestones;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhetherTheSettingApplies() {
        if (named.isEmpty()) {
            return;
        }
        if (hasEnded()) {
            log.info("PORTAL_FIRST_ADMINS is set but ignored: the portal has a Workforce member from the staff list");
        } else {
            log.info(
                    "PORTAL_FIRST_ADMINS names {} first administrator(s); they get the Workforce role at their first "
                            + "sign-in until a Workforce member from the staff list signs in",
                    named.size());
        }
    }

    /** A staff record and the Workforce role for a named person with none yet, while the setting applies. */
    Optional<SignedInStaff> admit(OidcUser user, String subject, boolean emailTrusted) {
        if (named.isEmpty() || !isNamed(subject, emailTrusted ? user.getEmail() : null)) {
            return Optional.empty();
        }
        if (hasEnded()) {
            log.info(
                    "PORTAL_FIRST_ADMINS ignored for a sign-in: the portal has a Workforce member from the staff list");
            return Optional.empty();
        }
        String email = emailTrusted
                        && user.getEmail() != null
                        && user.getEmail().strip().length() <= Staff.EMAIL_MAX
                ? user.getEmail().strip()
                : null;
        SignedInStaff admin = transaction.execute(status -> {
            SignedInStaff made =
                    staff.createFirstAdministrator(subject, email, fitted(firstName(user)), fitted(lastName(user)));
            grants.grantAtSignIn(made.id(), Role.WORKFORCE, "First administrator (PORTAL_FIRST_ADMINS)");
            return made;
        });
        log.warn("First administrator let in as Workforce: staff record {}", admin.id());
        return Optional.of(admin);
    }

    /** A person from the staff list holds the Workforce role: first administrators end here. */
    void workforceFromTheStaffList(SignedInStaff person) {
        if (person.fromStaffList()
                && Boolean.TRUE.equals(transaction.execute(
                        status -> milestones.reach(SetupMilestones.WORKFORCE_FROM_STAFF_LIST, person.id())))) {
            log.info("A Workforce member from the staff list has signed in: PORTAL_FIRST_ADMINS no longer applies");
        }
    }

    boolean hasEnded() {
        return milestones.isReached(SetupMilestones.WORKFORCE_FROM_STAFF_LIST);
    }

    private boolean isNamed(String subject, @Nullable String email) {
        return named.contains(subject)
                || (email != null && named.contains(email.strip().toLowerCase(Locale.ROOT)));
    }

    /** A name from the token as the staff record holds it: the provider's names have no limit of ours. */
    private static String fitted(String name) {
        return name.length() <= Staff.NAME_MAX
                ? name
                : name.substring(0, Staff.NAME_MAX).strip();
    }

    private static String firstName(OidcUser user) {
        if (user.getGivenName() != null && !user.getGivenName().isBlank()) {
            return user.getGivenName().strip();
        }
        String full = user.getFullName();
        if (full != null && !full.isBlank()) {
            return full.strip().split("\\s+")[0];
        }
        return "First";
    }

    private static String lastName(OidcUser user) {
        if (user.getFamilyName() != null && !user.getFamilyName().isBlank()) {
            return user.getFamilyName().strip();
        }
        String full = user.getFullName();
        if (full != null && full.strip().contains(" ")) {
            return full.strip().substring(full.strip().indexOf(' ') + 1).strip();
        }
        return "Administrator";
    }
}
