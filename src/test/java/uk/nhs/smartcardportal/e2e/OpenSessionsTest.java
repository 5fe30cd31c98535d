package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.RoleGrantService;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;
import uk.nhs.smartcardportal.staff.StaffService;

/** Open sessions meet what changed since sign-in: a lifetime, withdrawn roles, an unlinked sign-in; all audited. */
class OpenSessionsTest extends BrowserTest {

    @Autowired
    MovableClock clock;

    @Autowired
    RoleGrantService grants;

    @Autowired
    StaffService staffService;

    @Autowired
    StaffRepository staff;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private long auditBefore;

    @BeforeEach
    void noteTheAuditTrail() {
        auditBefore = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }

    private long idOf(uk.nhs.smartcardportal.dev.DemoUser user) {
        return staff.findByEmployeeNumber(user.employeeNumber()).orElseThrow().getId();
    }

    private List<String> auditOf(long staffId) {
        return jdbc.queryForList(
                "select action from audit_event where id > ? and entity_type = 'Staff' and entity_id = ? order by id",
                String.class,
                auditBefore,
                Long.toString(staffId));
    }

    private void asAdmin(Runnable action) {
        SignIn.as(DemoUsers.ADMIN, staff);
        try {
            action.run();
        } finally {
            SignIn.out();
        }
    }

    @Test
    void aSignInEndsAtItsLifetimeHoweverBusyThePerson() {
        signInAs(DemoUsers.ADMIN);
        clock.setInstant(Instant.now().plus(Duration.ofHours(11)));
        page.navigate(url("audit"));
        assertThat(page.locator("h1")).hasText("Audit trail");

        clock.setInstant(Instant.now().plus(Duration.ofHours(12)).plusSeconds(60));
        page.navigate(url("audit"));
        onProviderLoginPage();

        org.assertj.core.api.Assertions.assertThat(auditOf(idOf(DemoUsers.ADMIN)))
                .containsSubsequence("SIGNED_IN", "SESSION_ENDED");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                        "select after_value from audit_event where id > ? and action = 'SESSION_ENDED'",
                        String.class,
                        auditBefore))
                .contains("lifetime");
    }

    @Test
    void aWithdrawnGrantLeavesASessionAlreadyOpenAtTheNextCheck() {
        long manager = idOf(DemoUsers.MANAGER);
        LocalDate today = LocalDate.now(UkTime.ZONE);
        asAdmin(() -> grants.grant(manager, Role.RECRUITMENT, today.plusDays(30), "Covering the print queue"));
        signInAs(DemoUsers.MANAGER);
        page.navigate(url("print-queue"));
        assertThat(page.locator("h1")).hasText("Print queue");

        asAdmin(() -> grants.revoke(manager, Role.RECRUITMENT));
        clock.setInstant(Instant.now().plus(Duration.ofMinutes(16)));
        page.navigate(url("print-queue"));

        assertThat(page.locator("h1")).hasText("Page not found");
        page.navigate(url(""));
        assertThat(page.locator("vaadin-app-layout")).isVisible();
    }

    @Test
    void aGrantThatHasRunOutGivesNothingAtTheNextCheck() {
        long manager = idOf(DemoUsers.MANAGER);
        LocalDate today = LocalDate.now(UkTime.ZONE);
        clock.setInstant(today.atTime(23, 30).atZone(UkTime.ZONE).toInstant());
        asAdmin(() -> grants.grant(manager, Role.RECRUITMENT, today, "Covering the print queue today"));
        signInAs(DemoUsers.MANAGER);
        page.navigate(url("print-queue"));
        assertThat(page.locator("h1")).hasText("Print queue");

        clock.setInstant(today.plusDays(1).atTime(0, 10).atZone(UkTime.ZONE).toInstant());
        page.navigate(url("print-queue"));

        assertThat(page.locator("h1")).hasText("Page not found");
    }

    @Test
    void anUnlinkedSignInEndsItsOpenSession() {
        Staff person = fixtures.newPerson("Una", "Linked");
        signInAsStaffMember("Una Linked", person.getWorkEmail());

        asAdmin(() -> staffService.unlinkSignIn(person.getId()));
        clock.setInstant(Instant.now().plus(Duration.ofMinutes(16)));
        page.navigate(url(""));

        onProviderLoginPage();
        org.assertj.core.api.Assertions.assertThat(auditOf(person.getId()))
                .containsSubsequence("STAFF_IDENTITY_LINKED", "SIGNED_IN", "STAFF_IDENTITY_UNLINKED", "SESSION_ENDED");
    }

    @Test
    void signingOutIsAudited() {
        signInAs(DemoUsers.STARTER);
        page.waitForRequest(
                request -> request.url().contains("/demo/endsession"),
                () -> page.locator("#sign-out").click());
        assertThat(page.locator("h1")).hasText("You have signed out");

        org.assertj.core.api.Assertions.assertThat(auditOf(idOf(DemoUsers.STARTER)))
                .containsSubsequence("SIGNED_IN", "SIGNED_OUT");
    }

    @Test
    void aSignInWithNoStaffRecordIsAuditedAsRefusedByItsSubjectOnly() {
        page.navigate(url(""));
        clickSignInButton(DemoUsers.UNKNOWN_SUBJECT);
        assertThat(page.locator("h1")).hasText("We could not find your staff record");

        org.assertj.core.api.Assertions.assertThat(jdbc.queryForList(
                        "select concat(action, ' ', entity_type, ' ', entity_id, ' ', after_value) from audit_event "
                                + "where id > ? and action = 'SIGN_IN_REFUSED'",
                        String.class,
                        auditBefore))
                .singleElement()
                .asString()
                .contains(DemoUsers.UNKNOWN_SUBJECT, "No staff record")
                .doesNotContain("@");
    }
}
