package uk.nhs.smartcardportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class TeamDigestTest {

    @Autowired
    TeamDigest digest;

    @Autowired
    MessagePreferenceService preferences;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    StaffRepository staff;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private long manager() {
        return staff.findByEmployeeNumber(DemoUsers.MANAGER.employeeNumber())
                .orElseThrow()
                .getId();
    }

    private long digests() {
        return jdbc.queryForObject(
                "select count(*) from outbox_message where recipient_staff_id = ? and kind = 'TEAM_DIGEST'",
                Long.class,
                manager());
    }

    private String lastDigest() {
        return jdbc.queryForObject(
                "select body_text from outbox_message where recipient_staff_id = ? and kind = 'TEAM_DIGEST' "
                        + "order by id desc limit 1",
                String.class,
                manager());
    }

    @Test
    void aManagerWithCardsWaitingGetsOneSummaryAWeekUnlessTheyTurnItOff() {
        fixtures.newTeamMember("Wendy", "Waiting");
        fixtures.cardInStore("Colin", "Collectme", DemoUsers.AINTREE);
        long before = digests();
        clock.setInstant(Instant.now().plus(Duration.ofDays(7 * 40)));

        digest.sendThisWeeks();
        digest.sendThisWeeks();
        assertThat(digests()).isEqualTo(before + 1);
        assertThat(lastDigest()).contains("waiting for you to say whether their role needs a Smartcard");

        SignIn.as(DemoUsers.MANAGER, staff);
        preferences.chooseMyTeamDigest(false);
        clock.setInstant(clock.instant().plus(Duration.ofDays(7)));
        digest.sendThisWeeks();
        assertThat(digests()).isEqualTo(before + 1);

        preferences.chooseMyTeamDigest(true);
        clock.setInstant(clock.instant().plus(Duration.ofDays(7)));
        digest.sendThisWeeks();
        assertThat(digests()).isEqualTo(before + 2);
    }

    @Autowired
    uk.nhs.smartcardportal.cards.TeamCardsWaiting waiting;

    @Autowired
    uk.nhs.smartcardportal.cards.requests.CardAskService asks;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    private int decisionsWaiting() {
        return transaction.execute(status -> waiting.managersWithCardsWaiting().stream()
                .filter(team -> team.managerId() == manager())
                .mapToInt(uk.nhs.smartcardportal.cards.TeamCardsWaiting.Waiting::decisions)
                .sum());
    }

    @Test
    void aCardSomeoneAskedForThemselvesCountsAsADecisionWaitingOnTheManager() {
        uk.nhs.smartcardportal.staff.Staff person = fixtures.newTeamMember("Ada", "Askedtoday");
        jdbc.update("update staff set smartcard_need = 'NOT_NEEDED' where id = ?", person.getId());
        int before = decisionsWaiting();

        SignIn.as(
                person.getId(), person.getFullName(), java.util.EnumSet.of(uk.nhs.smartcardportal.security.Role.STAFF));
        asks.askForMyCard(uk.nhs.smartcardportal.cards.RequestReason.CLINICAL_SYSTEMS, null);
        SignIn.out();

        assertThat(decisionsWaiting()).isEqualTo(before + 1);
    }
}
