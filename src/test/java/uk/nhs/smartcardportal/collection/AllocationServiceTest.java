package uk.nhs.smartcardportal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardBookingService;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.sessions.SessionRow;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.sessions.TestHospitals;
import uk.nhs.smartcardportal.sites.SiteRepository;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** Allocation on a site of its own, so other tests' cards and sessions never compete for the same places. */
@IntegrationTest
class AllocationServiceTest {

    private static final Instant NOW = Instant.parse("2027-05-03T08:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2027, 5, 3);
    private static final AtomicInteger SITES = new AtomicInteger();

    @Autowired
    TestHospitals hospitals;

    @Autowired
    AllocationService allocation;

    @Autowired
    CardBookingService bookings;

    @Autowired
    SessionSchedulingService scheduling;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    SiteRepository sites;

    @Autowired
    StaffRepository staff;

    @Autowired
    MovableClock clock;

    private TestHospitals.Hospital hospital;
    private String siteName;
    private long siteId;

    @BeforeEach
    void newSite() {
        clock.setInstant(NOW);
        hospital = hospitals.open("Allocation Test");
        siteName = hospital.name();
        siteId = hospital.siteId();
        SignIn.as(DemoUsers.ADMIN, staff);
    }

    private long session(LocalDate date, int capacity) {
        SignIn.as(DemoUsers.ADMIN, staff);
        return hospitals.session(hospital, "Room A", date, LocalTime.of(10, 0), LocalTime.of(12, 0), capacity);
    }

    private List<CardFixtures.Starter> cardsWaiting(int count) {
        List<CardFixtures.Starter> starters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            starters.add(fixtures.cardInStore("Waiting" + i, "Starter", siteName));
        }
        SignIn.as(DemoUsers.ADMIN, staff);
        return starters;
    }

    @Test
    void thePlanSendsEachCardToTheEarliestSessionWithRoom() {
        long tuesday = session(MONDAY.plusDays(1), 1);
        long nextTuesday = session(MONDAY.plusDays(8), 2);
        List<CardFixtures.Starter> starters = cardsWaiting(4);

        AllocationPlan suggested = allocation.suggest(siteId);
        List<AllocationSuggestion> plan = suggested.suggestions();

        assertThat(plan)
                .extracting(suggestion -> suggestion.card().cardId())
                .containsExactlyElementsOf(
                        starters.stream().map(CardFixtures.Starter::cardId).toList());
        assertThat(plan)
                .extracting(suggestion ->
                        suggestion.hasSession() ? suggestion.session().id() : null)
                .containsExactly(tuesday, nextTuesday, nextTuesday, null);
        assertThat(suggested.sessionsAt(siteId)).extracting(SessionRow::id).containsExactly(tuesday, nextTuesday);

        int booked = allocation.accept(plan.stream()
                .filter(AllocationSuggestion::hasSession)
                .map(s -> new PlannedAllocation(
                        s.card().cardId(), s.card().cardVersion(), s.session().id()))
                .toList());

        assertThat(booked).isEqualTo(3);
        assertThat(fixtures.card(starters.get(0).cardId()).getSession().getId()).isEqualTo(tuesday);
        assertThat(fixtures.card(starters.get(2).cardId()).getStatus()).isEqualTo(CardStatus.ALLOCATED);
        assertThat(allocation.suggest(siteId).suggestions()).singleElement().satisfies(rest -> {
            assertThat(rest.card().cardId()).isEqualTo(starters.get(3).cardId());
            assertThat(rest.hasSession()).isFalse();
        });
    }

    @Test
    void aPlanWithOneCardThatNoLongerFitsBooksNothing() {
        long full = session(MONDAY.plusDays(2), 1);
        List<CardFixtures.Starter> starters = cardsWaiting(2);
        List<PlannedAllocation> plan = starters.stream()
                .map(s -> new PlannedAllocation(s.cardId(), fixtures.version(s.cardId()), full))
                .toList();

        assertThatThrownBy(() -> allocation.accept(plan))
                .isInstanceOfSatisfying(
                        AllocationRefusedException.class,
                        refused -> assertThat(refused.problemsByCardId())
                                .containsOnlyKeys(starters.get(1).cardId())
                                .containsValue("This session is full (1 card). Choose another session."));

        assertThat(starters)
                .allSatisfy(
                        s -> assertThat(fixtures.card(s.cardId()).getStatus()).isEqualTo(CardStatus.IN_STORE));
    }

    @Test
    void connectionsReadCommittedDataSoLockedChecksAreCurrent(@Autowired javax.sql.DataSource dataSource)
            throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("select @@session.transaction_isolation")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("READ-COMMITTED");
        }
    }

    @Test
    void fiftyPeopleAllocatingAtOnceNeverOverfillASession() throws Exception {
        long sessionId = session(MONDAY.plusDays(3), 10);
        List<CardFixtures.Starter> starters = cardsWaiting(50);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<Boolean>> results = new ArrayList<>();
        for (CardFixtures.Starter starter : starters) {
            long version = fixtures.version(starter.cardId());
            results.add(pool.submit(() -> {
                SignIn.as(DemoUsers.ADMIN, staff);
                start.await();
                try {
                    bookings.allocate(starter.cardId(), version, sessionId);
                    return true;
                } catch (RuleViolationException refused) {
                    refusals.add(refused.getMessage());
                    return false;
                } finally {
                    SignIn.out();
                }
            }));
        }
        start.countDown();
        int booked = 0;
        for (Future<Boolean> result : results) {
            booked += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(booked).isEqualTo(10);
        assertThat(refusals).hasSize(40).allMatch(message -> message.startsWith("This session is full (10 cards)"));
        long onSession = starters.stream()
                .filter(s -> fixtures.card(s.cardId()).getStatus() == CardStatus.ALLOCATED)
                .count();
        assertThat(onSession).isEqualTo(10);
    }
}
