package uk.nhs.smartcardportal.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardBookingService;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** Scheduling rules on real MariaDB with the clock set to Saturday 20 March 2027, a week before the clocks change. */
@IntegrationTest
class SessionSchedulingServiceTest {

    private static final Instant NOW = Instant.parse("2027-03-20T09:00:00Z");
    private static final LocalDate TUESDAY = LocalDate.of(2027, 3, 23);
    private static final AtomicInteger ROOMS = new AtomicInteger();

    @Autowired
    SessionSchedulingService scheduling;

    @Autowired
    CollectionSessionRepository sessions;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    CardBookingService bookings;

    @Autowired
    StaffRepository staff;

    @Autowired
    MovableClock clock;

    private long aintree;
    private String room;

    @BeforeEach
    void setUp() {
        clock.setInstant(NOW);
        SignIn.as(DemoUsers.ADMIN, staff);
        aintree = fixtures.siteId(DemoUsers.AINTREE);
        room = "Test Room " + ROOMS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    private SessionDraft draft(LocalDate date, String start, String end, int capacity) {
        return new SessionDraft(
                aintree, room, date, LocalTime.parse(start), LocalTime.parse(end), capacity, "Dave Jones", null);
    }

    private CollectionSession session(long id) {
        return sessions.findById(id).orElseThrow();
    }

    @Test
    void aSessionIsStoredInUtcFromUkLocalTime() {
        long id = scheduling.schedule(draft(TUESDAY, "10:00", "12:00", 10));

        assertThat(session(id).getStartsAt()).isEqualTo(Instant.parse("2027-03-23T10:00:00Z"));
        assertThat(session(id).getEndsAt()).isEqualTo(Instant.parse("2027-03-23T12:00:00Z"));
        assertThat(session(id).getFacilitators()).isEqualTo("Dave Jones");
        assertThat(session(id).getStatus()).isEqualTo(SessionStatus.SCHEDULED);
    }

    @Test
    void aWeeklySeriesKeepsItsLocalTimeAcrossTheClockChange() {
        List<Long> ids =
                scheduling.scheduleSeries(new SeriesDraft(draft(TUESDAY, "10:00", "12:00", 10), 3, Set.of(), Map.of()));

        assertThat(ids).hasSize(3);
        assertThat(ids.stream().map(id -> session(id).getStartsAt()))
                .containsExactly(
                        Instant.parse("2027-03-23T10:00:00Z"),
                        Instant.parse("2027-03-30T09:00:00Z"),
                        Instant.parse("2027-04-06T09:00:00Z"));
        assertThat(ids.stream().map(id -> session(id).getSeriesId()).distinct())
                .hasSize(1)
                .doesNotContainNull();
    }

    @Test
    void aSeriesLeavesOutAndMovesSingleDates() {
        LocalDate second = TUESDAY.plusWeeks(1);
        LocalDate third = TUESDAY.plusWeeks(2);
        LocalDate thirdMovedToThursday = third.plusDays(2);

        List<Long> ids = scheduling.scheduleSeries(new SeriesDraft(
                draft(TUESDAY, "14:00", "15:30", 8), 4, Set.of(second), Map.of(third, thirdMovedToThursday)));

        assertThat(ids.stream()
                        .map(id -> session(id)
                                .getStartsAt()
                                .atZone(uk.nhs.smartcardportal.base.UkTime.ZONE)
                                .toLocalDate()))
                .containsExactly(TUESDAY, thirdMovedToThursday, TUESDAY.plusWeeks(3));
    }

    @Test
    void aSeriesWithOneClashSchedulesNothingAndNamesTheDate() {
        scheduling.schedule(draft(TUESDAY.plusWeeks(2), "11:00", "11:30", 5));
        long before = sessions.count();

        assertThatThrownBy(() -> scheduling.scheduleSeries(
                        new SeriesDraft(draft(TUESDAY, "10:00", "12:00", 10), 4, Set.of(), Map.of())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Nothing was scheduled. 6 Apr 2027: Another session is already in " + room);
        assertThat(sessions.count()).isEqualTo(before);
    }

    @Test
    void scheduleRulesAreExplained() {
        assertThatThrownBy(() -> scheduling.schedule(draft(TUESDAY, "12:00", "10:00", 10)))
                .hasMessage("The session must end after it starts.");
        assertThatThrownBy(() -> scheduling.schedule(draft(LocalDate.of(2027, 3, 19), "10:00", "12:00", 10)))
                .hasMessageContaining("in the past");
        assertThatThrownBy(() -> scheduling.schedule(draft(LocalDate.of(2027, 3, 20), "08:30", "12:00", 10)))
                .hasMessageContaining("in the past");
        assertThatThrownBy(() -> scheduling.schedule(draft(TUESDAY, "10:00", "12:00", 0)))
                .hasMessageContaining("1 to 200");
        assertThatThrownBy(() -> scheduling.schedule(draft(LocalDate.of(2027, 3, 28), "01:30", "02:30", 5)))
                .hasMessageContaining("the clocks go forward");
        assertThatThrownBy(() -> scheduling.schedule(
                        new SessionDraft(aintree, " ", TUESDAY, LocalTime.NOON, LocalTime.of(13, 0), 5, null, null)))
                .hasMessage("Say which room the session is in.");
        assertThatThrownBy(() -> scheduling.schedule(new SessionDraft(
                        fixtures.siteId(DemoUsers.STORE),
                        room,
                        TUESDAY,
                        LocalTime.NOON,
                        LocalTime.of(13, 0),
                        5,
                        null,
                        null)))
                .hasMessageContaining("not taking card collections");
    }

    @Test
    void twoSessionsCannotOverlapInOneRoomButMayTouch() {
        scheduling.schedule(draft(TUESDAY, "10:00", "12:00", 10));

        assertThatThrownBy(() -> scheduling.schedule(draft(TUESDAY, "11:59", "13:00", 10)))
                .hasMessageContaining("Another session is already in " + room);
        long touching = scheduling.schedule(draft(TUESDAY, "12:00", "13:00", 10));
        assertThat(session(touching).getStartsAt()).isEqualTo(Instant.parse("2027-03-23T12:00:00Z"));
    }

    @Test
    void capacityCannotFallBelowTheCardsBookedAndMovingTellsPeople() {
        long id = scheduling.schedule(draft(TUESDAY, "10:00", "12:00", 3));
        CardFixtures.Starter first = fixtures.cardInStore("Ada", "Roe", DemoUsers.AINTREE);
        CardFixtures.Starter second = fixtures.cardInStore("Lilian", "Bland", DemoUsers.AINTREE);
        SignIn.as(DemoUsers.ADMIN, staff);
        bookings.allocate(first.cardId(), fixtures.version(first.cardId()), id);
        bookings.allocate(second.cardId(), fixtures.version(second.cardId()), id);

        assertThatThrownBy(() -> scheduling.update(id, session(id).getVersion(), draft(TUESDAY, "10:00", "12:00", 1)))
                .hasMessageContaining("2 cards are already booked");
        assertThatThrownBy(() -> scheduling.update(
                        id,
                        session(id).getVersion(),
                        new SessionDraft(
                                fixtures.siteId(DemoUsers.BROADGREEN),
                                room,
                                TUESDAY,
                                LocalTime.parse("10:00"),
                                LocalTime.parse("12:00"),
                                3,
                                null,
                                null)))
                .hasMessageContaining("cannot move to another site");
        assertThat(session(id).getSite().getId()).isEqualTo(aintree);
        scheduling.update(id, session(id).getVersion(), draft(TUESDAY, "13:00", "15:00", 2));

        assertThat(session(id).getCapacity()).isEqualTo(2);
        assertThat(session(id).getStartsAt()).isEqualTo(Instant.parse("2027-03-23T13:00:00Z"));
        assertThat(scheduling.rows(new SessionFilter(aintree, TUESDAY, TUESDAY, null), PageRequest.of(0, 50)))
                .filteredOn(row -> row.id() == id)
                .singleElement()
                .extracting(SessionRow::booked)
                .isEqualTo(2);
        assertThatThrownBy(() -> scheduling.update(id, 0, draft(TUESDAY, "13:00", "15:00", 2)))
                .hasMessageContaining("has changed since you opened it");
    }

    @Test
    void cancellingSendsBookedCardsBackToTheStore() {
        long id = scheduling.schedule(draft(TUESDAY, "10:00", "12:00", 5));
        CardFixtures.Starter starter = fixtures.cardInStore("Hertha", "Ayrton", DemoUsers.AINTREE);
        SignIn.as(DemoUsers.ADMIN, staff);
        bookings.allocate(starter.cardId(), fixtures.version(starter.cardId()), id);

        assertThatThrownBy(() -> scheduling.cancel(id, session(id).getVersion(), ""))
                .hasMessageContaining("Say why");
        scheduling.cancel(id, session(id).getVersion(), "Room flooded");

        assertThat(session(id).getStatus()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(session(id).getCancelledReason()).isEqualTo("Room flooded");
        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.IN_STORE);
        assertThat(fixtures.card(starter.cardId()).getSession()).isNull();
        assertThatThrownBy(() -> scheduling.update(id, session(id).getVersion(), draft(TUESDAY, "10:00", "12:00", 5)))
                .hasMessageContaining("cancelled and can no longer be changed");
    }

    @Test
    void theListFiltersByUkDatesNotUtcDates() {
        LocalDate summerDay = TUESDAY.plusWeeks(2);
        long id = scheduling.schedule(draft(summerDay, "00:30", "00:45", 5));
        assertThat(session(id).getStartsAt()).isEqualTo(Instant.parse("2027-04-05T23:30:00Z"));

        assertThat(scheduling.rows(
                        new SessionFilter(aintree, summerDay, summerDay, SessionStatus.SCHEDULED),
                        PageRequest.of(0, 100)))
                .extracting(SessionRow::id)
                .contains(id);
        assertThat(scheduling.rows(
                        new SessionFilter(aintree, summerDay.minusDays(1), summerDay.minusDays(1), null),
                        PageRequest.of(0, 100)))
                .extracting(SessionRow::id)
                .doesNotContain(id);
    }

    @Test
    void pagesFollowTimeThenSiteThenRoomAcrossSessionsStartingTogether() {
        LocalDate day = TUESDAY.plusWeeks(10);
        long broadgreen = fixtures.siteId(DemoUsers.BROADGREEN);
        for (String start : List.of("11:00", "09:00", "10:00", "09:00")) {
            for (long site : List.of(broadgreen, aintree)) {
                scheduling.schedule(new SessionDraft(
                        site,
                        room + " " + start + " " + ROOMS.incrementAndGet(),
                        day,
                        LocalTime.parse(start),
                        LocalTime.parse(start).plusMinutes(30),
                        4,
                        null,
                        null));
            }
        }
        SessionFilter theDay = new SessionFilter(null, day, day, null);

        List<SessionRow> whole = scheduling.rows(theDay, PageRequest.of(0, 100));
        List<SessionRow> inPagesOfThree = new java.util.ArrayList<>();
        for (int page = 0; page * 3 < whole.size() + 3; page++) {
            inPagesOfThree.addAll(scheduling.rows(theDay, PageRequest.of(page, 3)));
        }

        assertThat(whole).hasSizeGreaterThanOrEqualTo(8);
        assertThat(whole)
                .isSortedAccordingTo(java.util.Comparator.comparing(SessionRow::startsAt)
                        .thenComparing(SessionRow::siteName)
                        .thenComparing(SessionRow::room)
                        .thenComparing(SessionRow::id));
        assertThat(inPagesOfThree)
                .extracting(SessionRow::id)
                .containsExactlyElementsOf(whole.stream().map(SessionRow::id).toList());
    }

    @Test
    void onlyWorkforceSchedules() {
        SignIn.as(DemoUsers.RECRUITER, staff);
        assertThatThrownBy(() -> scheduling.schedule(draft(TUESDAY, "10:00", "12:00", 5)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
