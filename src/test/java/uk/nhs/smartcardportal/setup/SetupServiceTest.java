package uk.nhs.smartcardportal.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.SetupMilestones;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** The getting-started list: each step ticked from what the portal holds, and the portal ready once all are. */
@IntegrationTest
class SetupServiceTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SetupMilestones milestones;

    @Autowired
    AuditService audit;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    PortalProperties portal;

    @Autowired
    StaffRepository staff;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theContactAndFaqCheckIsTheLastStepAndThenThePortalIsReadyForGood() {
        jdbc.update(
                "delete from portal_milestone where name in (?, ?)",
                SetupService.READY,
                SetupService.CONTACT_AND_FAQ_CHECKED);
        // a service of its own: the portal's one remembers that the demo portal is ready
        SetupService setup = new SetupService(jdbc, milestones, audit, currentUser, portal);
        SignIn.as(DemoUsers.ADMIN, staff);
        long readyEvents =
                jdbc.queryForObject("select count(*) from audit_event where action = 'PORTAL_READY'", Long.class);

        SetupChecklist before = transaction.execute(status -> setup.checklist());
        assertThat(setup.isReady()).isFalse();
        assertThat(before.items())
                .filteredOn(item -> !item.done())
                .extracting(SetupChecklist.Item::step)
                .containsExactly(SetupStep.CONTACT_AND_FAQ);
        assertThat(before.left()).isEqualTo(1);

        transaction.executeWithoutResult(status -> setup.confirmContactAndFaq());
        SetupChecklist after = transaction.execute(status -> setup.checklist());

        assertThat(after.isComplete()).isTrue();
        assertThat(setup.isReady()).isTrue();
        assertThat(milestones.isReached(SetupService.READY)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PORTAL_READY'", Long.class))
                .isEqualTo(readyEvents + 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'CONTACT_AND_FAQ_CHECKED'", Long.class))
                .isPositive();
    }
}
