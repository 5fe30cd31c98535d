package uk.nhs.smartcardportal.cards.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.cards.CardBookingService;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.collection.HandOverDeskService;
import uk.nhs.smartcardportal.collection.HandOverDeskServiceTest;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.sessions.SessionDraft;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class CardStatisticsServiceTest {

    @Autowired
    CardStatisticsService statistics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffRepository staff;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    CardBookingService bookings;

    @Autowired
    HandOverDeskService desk;

    @Autowired
    SessionSchedulingService scheduling;

    @Autowired
    MovableClock clock;

    @Test
    void countsMatchTheDatabase() {
        SignIn.as(DemoUsers.ADMIN, staff);
        CardStatistics figures = statistics.statistics();

        for (CardStatus status : CardStatus.values()) {
            if (status.isAwaitingCollection()) {
                assertThat(figures.inProgressByStatus().get(status))
                        .as(status.name())
                        .isEqualTo(jdbc.queryForObject(
                                "select count(*) from smartcard where status = ?", Long.class, status.name()));
            } else {
                assertThat(figures.inProgressByStatus()).as(status.name()).doesNotContainKey(status);
            }
        }
        long awaitingPrinted = jdbc.queryForObject(
                "select count(*) from smartcard c where c.status in "
                        + "('PRINTED','IN_STORE','ALLOCATED','AT_SESSION','NOT_COLLECTED') and exists (select 1 from "
                        + "card_transition t where t.card_id = c.id and t.to_status = 'PRINTED')",
                Long.class);
        assertThat(figures.uncollectedAgeing().stream()
                        .mapToLong(CardStatistics.AgeBand::count)
                        .sum())
                .isEqualTo(awaitingPrinted);
        assertThat(figures.collectedPerWeek()).hasSize(CardStatisticsService.WEEKS);
        String printedAndWaiting = "select count(*) from smartcard where status in "
                + "('PRINTED','IN_STORE','ALLOCATED','AT_SESSION','NOT_COLLECTED') and ";
        Instant now = clock.instant();
        Instant days30 = now.minus(java.time.Duration.ofDays(30));
        Instant days60 = now.minus(java.time.Duration.ofDays(60));
        Instant days90 = now.minus(java.time.Duration.ofDays(90));
        assertThat(figures.uncollectedAgeing())
                .extracting(CardStatistics.AgeBand::count)
                .containsExactly(
                        jdbc.queryForObject(printedAndWaiting + "printed_at >= ?", Long.class, days30),
                        jdbc.queryForObject(
                                printedAndWaiting + "printed_at < ? and printed_at >= ?", Long.class, days30, days60),
                        jdbc.queryForObject(
                                printedAndWaiting + "printed_at < ? and printed_at >= ?", Long.class, days60, days90),
                        jdbc.queryForObject(printedAndWaiting + "printed_at < ?", Long.class, days90));
    }

    @Test
    void aCardWaitingInTheStoreMovesIntoTheOverNinetyDaysBand() {
        fixtures.cardInStore("Ninety", "Days", DemoUsers.AINTREE);
        SignIn.as(DemoUsers.ADMIN, staff);
        long[] before = bands(statistics.statistics());

        clock.setInstant(Instant.now().plus(java.time.Duration.ofDays(95)));
        long[] after = bands(statistics.statistics());

        assertThat(after[3] - before[3]).as("over 90 days").isGreaterThanOrEqualTo(1);
        assertThat(java.util.Arrays.stream(after).sum())
                .isEqualTo(java.util.Arrays.stream(before).sum());
    }

    private static long[] bands(CardStatistics figures) {
        return figures.uncollectedAgeing().stream()
                .mapToLong(CardStatistics.AgeBand::count)
                .toArray();
    }

    @Test
    void aCardHandedOverThisWeekIsCountedInThisWeek() {
        clock.setInstant(Instant.parse("2027-09-08T07:00:00Z"));
        SignIn.as(DemoUsers.ADMIN, staff);
        long before = statistics.statistics().collectedPerWeek().getLast().count();
        handOverAtASessionOn(LocalDate.of(2027, 9, 8), "Week", "Counter");

        CardStatistics after = statistics.statistics();
        assertThat(after.collectedPerWeek().getLast().weekStarting()).isEqualTo(LocalDate.of(2027, 9, 6));
        assertThat(after.collectedPerWeek().getLast().count()).isEqualTo(before + 1);
    }

    @Test
    void aHandOverRecordedAsOfADayAlreadyCountedIsCountedAgain() {
        Instant wednesday = Instant.parse("2027-10-20T07:00:00Z");
        clock.setInstant(wednesday);
        SignIn.as(DemoUsers.ADMIN, staff);
        CardStatistics.WeekCount lastWeek =
                statistics.statistics().collectedPerWeek().get(CardStatisticsService.WEEKS - 2);
        assertThat(lastWeek.weekStarting()).isEqualTo(LocalDate.of(2027, 10, 11));

        // the clock goes back to a day the dashboard has counted as settled, as only a test's clock does
        clock.setInstant(Instant.parse("2027-10-12T07:00:00Z"));
        handOverAtASessionOn(LocalDate.of(2027, 10, 12), "Settled", "Day");

        clock.setInstant(wednesday);
        assertThat(statistics
                        .statistics()
                        .collectedPerWeek()
                        .get(CardStatisticsService.WEEKS - 2)
                        .count())
                .isEqualTo(lastWeek.count() + 1);
    }

    /**
     * A new starter's card, booked onto a session from 09:00 to 10:00 (UK summer time) on the day given and handed over
     * there at 09:10; the clock is left at the hand-over.
     */
    private void handOverAtASessionOn(LocalDate day, String firstName, String lastName) {
        long sessionId = scheduling.schedule(new SessionDraft(
                fixtures.siteId(DemoUsers.DENTAL),
                "Stats Room " + System.nanoTime() % 100_000,
                day,
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                5,
                null,
                null));
        CardFixtures.Starter starter = fixtures.cardInStore(firstName, lastName, DemoUsers.DENTAL);
        SignIn.as(DemoUsers.ADMIN, staff);
        bookings.allocate(starter.cardId(), fixtures.version(starter.cardId()), sessionId);
        desk.takeToSession(sessionId);
        clock.setInstant(day.atTime(8, 10).toInstant(java.time.ZoneOffset.UTC));
        desk.handOver(sessionId, starter.cardId(), fixtures.version(starter.cardId()), HandOverDeskServiceTest.CHECKED);
    }
}
