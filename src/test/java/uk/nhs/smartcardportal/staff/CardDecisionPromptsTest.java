package uk.nhs.smartcardportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.collection.CardNotCollected;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;

/** Managers are asked when a decision waits on them, reminded before the start date, told of missed sessions. */
@IntegrationTest
class CardDecisionPromptsTest {

    @Autowired
    CardDecisionPrompts prompts;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    StaffRepository staff;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    private long manager() {
        return staff.findByEmployeeNumber(DemoUsers.MANAGER.employeeNumber())
                .orElseThrow()
                .getId();
    }

    private long messages(String kind, String about) {
        return jdbc.queryForObject(
                "select count(*) from outbox_message where recipient_staff_id = ? and kind = ? and subject like ?",
                Long.class,
                manager(),
                kind,
                "%" + about + "%");
    }

    private void startsOn(Staff person, LocalDate day) {
        jdbc.update("update staff set start_date = ?, smartcard_need = 'UNKNOWN' where id = ?", day, person.getId());
    }

    private void on(LocalDate day) {
        clock.setInstant(day.atTime(9, 5).atZone(UkTime.ZONE).toInstant());
    }

    private void runTheJob() {
        while (prompts.promptDue() > 0) {
            // until every manager due has been asked
        }
    }

    @Test
    void theManagerIsAskedOnceAndRemindedOnceFiveWorkingDaysBeforeTheStart() {
        Staff starter = fixtures.newTeamMember("Una", "Undecided");
        LocalDate monday = LocalDate.now(UkTime.ZONE).plusWeeks(4).with(DayOfWeek.MONDAY);
        startsOn(starter, monday);

        runTheJob();
        runTheJob();
        assertThat(messages("CARD_DECISION_WAITING", "Una Undecided")).isEqualTo(1);
        assertThat(messages("CARD_DECISION_REMINDER", "Una Undecided")).isZero();

        on(monday.minusDays(8)); // the Friday before: six working days ahead
        runTheJob();
        assertThat(messages("CARD_DECISION_REMINDER", "Una Undecided")).isZero();
        on(monday.minusDays(7)); // Monday a week before: five working days ahead
        runTheJob();
        on(monday.minusDays(6));
        runTheJob();
        assertThat(messages("CARD_DECISION_REMINDER", "Una Undecided")).isEqualTo(1);
    }

    @Test
    void aDecisionMadeOrAStarterArrivingSoonAsksNoMore() {
        Staff decided = fixtures.newTeamMember("Dee", "Decided");
        Staff soon = fixtures.newTeamMember("Sol", "Soonstarter");
        startsOn(decided, LocalDate.now(UkTime.ZONE).plusWeeks(3));
        jdbc.update("update staff set smartcard_need = 'NEEDED' where id = ?", decided.getId());
        startsOn(soon, CardDecisionPrompts.workingDaysAfter(LocalDate.now(UkTime.ZONE), 2));

        runTheJob();
        on(LocalDate.now(UkTime.ZONE).plusDays(1));
        runTheJob();

        assertThat(messages("CARD_DECISION_WAITING", "Dee Decided")).isZero();
        assertThat(messages("CARD_DECISION_WAITING", "Sol Soonstarter")).isEqualTo(1);
        assertThat(messages("CARD_DECISION_REMINDER", "Sol Soonstarter")).isZero();
    }

    @Test
    void workingDaysSkipWeekends() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertThat(CardDecisionPrompts.workingDaysAfter(friday, 1)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(CardDecisionPrompts.workingDaysAfter(friday, 5)).isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void aManagerIsToldWhenTheirTeamMemberMissesASecondSession() {
        CardFixtures.Starter missing = fixtures.cardAllocated("Miles", "Missing", DemoUsers.AINTREE);
        jdbc.update("update staff set line_manager_id = ? where id = ?", manager(), missing.staffId());
        missesASession(missing);
        assertThat(messages("MISSED_SESSIONS", "Miles Missing")).isZero();

        fixtures.finish(missing.cardId(), CardStatus.ALLOCATED, "Booked again");
        missesASession(missing);
        assertThat(messages("MISSED_SESSIONS", "Miles Missing")).isEqualTo(1);
    }

    private void missesASession(CardFixtures.Starter starter) {
        fixtures.finish(starter.cardId(), CardStatus.AT_SESSION, "Taken to the session");
        fixtures.finish(starter.cardId(), CardStatus.NOT_COLLECTED, "Not collected; back to the store");
        transaction.executeWithoutResult(status -> events.publishEvent(
                new CardNotCollected(starter.cardId(), starter.staffId(), 1L, null, clock.instant())));
    }
}
