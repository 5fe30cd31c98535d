package uk.nhs.smartcardportal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.InvalidInputException;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.cards.CardBookingService;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CardTransitionRepository;
import uk.nhs.smartcardportal.cards.Custody;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.cards.custody.CustodyFilter;
import uk.nhs.smartcardportal.cards.custody.CustodyRow;
import uk.nhs.smartcardportal.cards.custody.CustodyService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.sessions.CollectionSessionRepository;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.sessions.SessionStatus;
import uk.nhs.smartcardportal.sessions.SitePlaces;
import uk.nhs.smartcardportal.sessions.TestHospitals;
import uk.nhs.smartcardportal.sites.SiteRepository;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** A session from run sheet to closing, on a site of its own, with the clock on the morning of the session. */
@IntegrationTest
@RecordApplicationEvents
public class HandOverDeskServiceTest {

    private static final LocalDate SESSION_DAY = LocalDate.of(2027, 6, 1);
    /** A check to the standard: photo identity and proof of address. */
    public static final IdentityCheck CHECKED = new IdentityCheck(
            java.util.Set.of(IdentityDocument.PASSPORT), java.util.Set.of(IdentityDocument.UTILITY_BILL), null);

    @Autowired
    TestHospitals hospitals;

    @Autowired
    HandOverDeskService desk;

    @Autowired
    CardBookingService bookings;

    @Autowired
    SessionSchedulingService scheduling;

    @Autowired
    CollectionSessionRepository sessions;

    @Autowired
    CardTransitionRepository transitions;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    SiteRepository sites;

    @Autowired
    StaffRepository staff;

    @Autowired
    MovableClock clock;

    @Autowired
    ApplicationEvents events;

    @Autowired
    SessionFiguresService figures;

    @Autowired
    CustodyService custody;

    @Autowired
    AllocationService allocation;

    private long siteId;
    private String siteName;
    private long sessionId;
    private long nextSessionId;
    private List<CardFixtures.Starter> starters;

    @BeforeEach
    void aSessionWithThreeCards() {
        clock.setInstant(Instant.parse("2027-06-01T07:00:00Z"));
        TestHospitals.Hospital hospital = hospitals.open("Desk Test");
        siteName = hospital.name();
        siteId = hospital.siteId();
        sessionId = hospitals.session(hospital, "Room C", SESSION_DAY, LocalTime.of(10, 0), LocalTime.of(12, 0), 5);
        nextSessionId = hospitals.session(
                hospital, "Room C", SESSION_DAY.plusWeeks(1), LocalTime.of(10, 0), LocalTime.of(12, 0), 5);
        starters = List.of(
                fixtures.cardInStore("Zena", "Adams", siteName),
                fixtures.cardInStore("Yara", "Baker", siteName),
                fixtures.cardInStore("Xena", "Cole", siteName));
        SignIn.as(DemoUsers.ADMIN, staff);
        for (CardFixtures.Starter starter : starters) {
            bookings.allocate(starter.cardId(), fixtures.version(starter.cardId()), sessionId);
        }
    }

    private void sessionHasStarted() {
        clock.setInstant(Instant.parse("2027-06-01T09:30:00Z"));
    }

    @Test
    void theRunSheetListsTheCardsToTakeBySurname() {
        assertThat(desk.runSheet(sessionId))
                .extracting(RunSheetLine::lastName)
                .containsExactly("Adams", "Baker", "Cole");
        assertThat(desk.runSheet(sessionId))
                .allSatisfy(line -> assertThat(line.serial()).matches("\\d{12}"));
    }

    @Test
    void takingTheCardsMovesThemIntoTheSessionsCustody() {
        assertThat(desk.takeToSession(sessionId)).isEqualTo(3);

        Smartcard card = fixtures.card(starters.get(0).cardId());
        assertThat(card.getStatus()).isEqualTo(CardStatus.AT_SESSION);
        assertThat(card.getCustody()).isEqualTo(Custody.atSession(sessionId));
        assertThatThrownBy(() -> desk.takeToSession(sessionId)).hasMessageContaining("No cards are waiting");
    }

    @Test
    void aCardIsHandedOverAfterTheIdentityCheckFoundInOneBox() {
        desk.takeToSession(sessionId);
        sessionHasStarted();
        CardFixtures.Starter yara = starters.get(1);
        String serial = fixtures.card(yara.cardId()).getSerial();

        assertThat(desk.find(sessionId, serial))
                .singleElement()
                .extracting(RunSheetLine::cardId)
                .isEqualTo(yara.cardId());
        assertThat(desk.find(sessionId, "yara bak"))
                .singleElement()
                .extracting(RunSheetLine::cardId)
                .isEqualTo(yara.cardId());
        RunSheetLine line = desk.find(sessionId, serial).getFirst();
        assertThatThrownBy(() -> desk.handOver(sessionId, line.cardId(), line.cardVersion(), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .containsOnlyKeys(IdentityCheck.PHOTO, IdentityCheck.ADDRESS));
        assertThatThrownBy(() -> desk.handOver(nextSessionId, line.cardId(), line.cardVersion(), CHECKED))
                .isInstanceOf(RecordNotFoundException.class);

        CustodyFilter bySerial = new CustodyFilter(null, null, null, serial);
        assertThat(custody.inCustody(bySerial, org.springframework.data.domain.PageRequest.of(0, 5)))
                .singleElement()
                .extracting(CustodyRow::sessionId)
                .isEqualTo(sessionId);

        desk.handOver(sessionId, line.cardId(), line.cardVersion(), CHECKED);

        assertThat(custody.countInCustody(bySerial)).isZero();
        Smartcard card = fixtures.card(yara.cardId());
        assertThat(card.getStatus()).isEqualTo(CardStatus.COLLECTED);
        assertThat(card.getCustody()).isEqualTo(Custody.withHolder());
        assertThat(transitions
                        .findByCardIdOrderByOccurredAtAscIdAsc(yara.cardId())
                        .getLast()
                        .getNote())
                .isEqualTo("Handed over; identity checked: Passport, Utility bill (last 6 months)");
        assertThat(desk.find(sessionId, serial)).singleElement().satisfies(handed -> {
            assertThat(handed.isHandedOver()).isTrue();
            assertThat(handed.handedOverBy()).isEqualTo(DemoUsers.ADMIN.fullName());
        });
        assertThat(desk.find(sessionId, "")).extracting(RunSheetLine::cardId).doesNotContain(yara.cardId());
        assertThat(desk.runSheet(sessionId))
                .as("the run sheet keeps handed-over cards, with who and when")
                .filteredOn(RunSheetLine::isHandedOver)
                .singleElement()
                .satisfies(handed -> {
                    assertThat(handed.cardId()).isEqualTo(yara.cardId());
                    assertThat(handed.handedOverAt()).isEqualTo(clock.instant());
                });
    }

    @Test
    void theIdentityCheckFollowsTheStandardAndEveryShortfallIsNamedAtOnce() {
        desk.takeToSession(sessionId);
        sessionHasStarted();
        RunSheetLine line = desk.runSheet(sessionId).getFirst();
        java.util.function.Function<IdentityCheck, java.util.Map<String, String>> refusal = check -> {
            try {
                desk.handOver(sessionId, line.cardId(), line.cardVersion(), check);
            } catch (InvalidInputException refused) {
                return refused.problems();
            }
            throw new AssertionError("handed over with " + check);
        };

        assertThat(refusal.apply(new IdentityCheck(java.util.Set.of(IdentityDocument.PASSPORT), null, null)))
                .containsOnlyKeys(IdentityCheck.ADDRESS);
        assertThat(refusal.apply(new IdentityCheck(null, java.util.Set.of(IdentityDocument.BANK_STATEMENT), null)))
                .containsOnlyKeys(IdentityCheck.PHOTO);
        assertThat(refusal.apply(new IdentityCheck(
                        java.util.Set.of(IdentityDocument.PHOTO_DRIVING_LICENCE),
                        java.util.Set.of(IdentityDocument.DRIVING_LICENCE_ADDRESS),
                        null)))
                .containsEntry(
                        IdentityCheck.ADDRESS,
                        "A driving licence counts once: as photo identity or as proof "
                                + "of address, not both. Check another document for the address.");
        assertThat(refusal.apply(new IdentityCheck(
                        java.util.Set.of(IdentityDocument.PASSPORT, IdentityDocument.ARMED_FORCES_ID),
                        java.util.Set.of(IdentityDocument.BANK_STATEMENT, IdentityDocument.UTILITY_BILL),
                        null)))
                .containsEntry(IdentityCheck.PHOTO, "Record at most 3 " + "documents: the ones you checked.");
        assertThat(refusal.apply(new IdentityCheck(
                        java.util.Set.of(IdentityDocument.UTILITY_BILL),
                        java.util.Set.of(IdentityDocument.BANK_STATEMENT),
                        null)))
                .containsOnlyKeys(IdentityCheck.PHOTO);
        assertThat(fixtures.card(line.cardId()).getStatus()).isEqualTo(CardStatus.AT_SESSION);

        desk.handOver(
                sessionId,
                line.cardId(),
                line.cardVersion(),
                new IdentityCheck(
                        java.util.Set.of(IdentityDocument.PASSPORT, IdentityDocument.PHOTO_DRIVING_LICENCE),
                        java.util.Set.of(IdentityDocument.COUNCIL_TAX),
                        null));
        assertThat(fixtures.card(line.cardId()).getStatus()).isEqualTo(CardStatus.COLLECTED);
    }

    @Test
    void aHandOverBeforeTheSessionNeedsAReasonAndKeepsIt() {
        clock.setInstant(Instant.parse("2027-05-24T09:00:00Z"));
        desk.takeToSession(sessionId);
        RunSheetLine line = desk.runSheet(sessionId).getFirst();

        assertThatThrownBy(() -> desk.handOver(sessionId, line.cardId(), line.cardVersion(), CHECKED))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .containsOnlyKeys(IdentityCheck.EARLY_REASON)
                                .hasEntrySatisfying(
                                        IdentityCheck.EARLY_REASON,
                                        message -> assertThat(message)
                                                .startsWith("The session starts Tuesday 1 June 2027, 10:00")));
        assertThat(fixtures.card(line.cardId()).getStatus()).isEqualTo(CardStatus.AT_SESSION);

        desk.handOver(
                sessionId,
                line.cardId(),
                line.cardVersion(),
                new IdentityCheck(
                        CHECKED.photo(), CHECKED.address(), "Starts on the ward tomorrow and needs clinical systems"));

        assertThat(transitions
                        .findFirstByCardIdOrderByIdDesc(line.cardId())
                        .orElseThrow()
                        .getNote())
                .endsWith("; before the session: Starts on the ward tomorrow and needs clinical systems");
    }

    @Test
    void noCardIsHandedOverAtAClosedSession() {
        desk.takeToSession(sessionId);
        sessionHasStarted();
        RunSheetLine line = desk.runSheet(sessionId).getFirst();
        desk.close(sessionId);

        assertThatThrownBy(() -> desk.handOver(sessionId, line.cardId(), fixtures.version(line.cardId()), CHECKED))
                .hasMessageContaining("closed");
    }

    @Test
    void searchingForSomeoneNotOnThisSessionSaysWhereTheyAreBooked() {
        CardFixtures.Starter elsewhere = starters.get(0);
        SignIn.as(DemoUsers.ADMIN, staff);
        bookings.allocate(elsewhere.cardId(), fixtures.version(elsewhere.cardId()), nextSessionId);
        String serial = fixtures.card(elsewhere.cardId()).getSerial();

        assertThat(desk.find(sessionId, serial)).isEmpty();
        assertThat(desk.elsewhere(sessionId, serial))
                .singleElement()
                .isEqualTo("Zena Adams (card " + serial
                        + ") is not booked onto this session: their card is booked onto Tuesday 8 June 2027, 10:00 to "
                        + "12:00, Room C, "
                        + sites.findById(siteId).orElseThrow().getName() + ".");
        assertThat(desk.elsewhere(
                        sessionId, fixtures.card(starters.get(1).cardId()).getSerial()))
                .as("people on this session are found by find")
                .isEmpty();
    }

    @Test
    void aCardNotYetTakenCannotBeHandedOver() {
        sessionHasStarted();
        RunSheetLine line = desk.runSheet(sessionId).getFirst();

        assertThatThrownBy(() -> desk.handOver(sessionId, line.cardId(), line.cardVersion(), CHECKED))
                .hasMessageContaining("Taken to session");
    }

    @Test
    void closingReturnsUncollectedCardsToTheStoreAndTellsTheirHolders() {
        desk.takeToSession(sessionId);
        sessionHasStarted();
        RunSheetLine first = desk.runSheet(sessionId).getFirst();
        desk.handOver(sessionId, first.cardId(), first.cardVersion(), CHECKED);

        assertThat(desk.close(sessionId)).isEqualTo(2);

        assertThat(sessions.findById(sessionId).orElseThrow().getStatus()).isEqualTo(SessionStatus.COMPLETED);
        Smartcard uncollected = fixtures.card(starters.get(2).cardId());
        assertThat(uncollected.getStatus()).isEqualTo(CardStatus.NOT_COLLECTED);
        assertThat(uncollected.getCustody()).isEqualTo(Custody.atSite(fixtures.siteId(DemoUsers.STORE)));
        assertThat(events.stream(CardNotCollected.class).filter(event -> event.sessionId() == sessionId))
                .hasSize(2)
                .allSatisfy(event -> assertThat(event.nextSessionId()).isEqualTo(nextSessionId));
        assertThat(desk.figures(sessionId)).isEqualTo(new SessionFigures(3, 1, 2));
        assertThatThrownBy(() -> desk.close(sessionId)).hasMessageContaining("already closed");
        assertThat(allocation.suggest(siteId).suggestions())
                .as("uncollected cards wait to be booked again")
                .extracting(
                        suggestion -> suggestion.card().cardId(),
                        suggestion -> suggestion.session().id())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(starters.get(1).cardId(), nextSessionId),
                        org.assertj.core.groups.Tuple.tuple(starters.get(2).cardId(), nextSessionId));
    }

    @Test
    void figuresPerSessionAndPerSiteAndWeek() {
        desk.takeToSession(sessionId);
        sessionHasStarted();
        RunSheetLine first = desk.runSheet(sessionId).getFirst();
        desk.handOver(sessionId, first.cardId(), first.cardVersion(), CHECKED);
        desk.close(sessionId);

        assertThat(figures.outcomes(SESSION_DAY, SESSION_DAY.plusWeeks(1), siteId))
                .extracting(
                        outcome -> outcome.session().id(),
                        SessionOutcome::allocated,
                        SessionOutcome::collected,
                        SessionOutcome::notCollected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(sessionId, 3L, 1L, 2L),
                        org.assertj.core.groups.Tuple.tuple(nextSessionId, 0L, 0L, 0L));
        assertThat(figures.utilisation(SESSION_DAY, SESSION_DAY.plusWeeks(1), siteId))
                .first()
                .satisfies(week -> {
                    assertThat(week.weekStarting()).isEqualTo(LocalDate.of(2027, 5, 31));
                    assertThat(week.sessions()).isEqualTo(1);
                    assertThat(week.capacity()).isEqualTo(5);
                    assertThat(week.booked()).isEqualTo(3);
                    assertThat(week.collected()).isEqualTo(1);
                    assertThat(week.percentBooked()).isEqualTo(60);
                });
    }

    @Test
    void thePlacesBySiteCountTheCardsBookedAndLeaveOutCancelledSessions() {
        assertThat(placesHere()).isEqualTo(new SitePlaces(siteName, 10, 3));

        scheduling.cancel(
                nextSessionId, sessions.findById(nextSessionId).orElseThrow().getVersion(), "Room flooded");

        assertThat(placesHere()).isEqualTo(new SitePlaces(siteName, 5, 3));
        assertThat(placesHere().percentBooked()).isEqualTo(60);
    }

    private SitePlaces placesHere() {
        return scheduling.placesBySite(SESSION_DAY, SESSION_DAY.plusWeeks(1)).stream()
                .filter(site -> site.siteName().equals(siteName))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSessionCannotBeClosedBeforeItStarts() {
        assertThatThrownBy(() -> desk.close(sessionId)).hasMessageContaining("has not started");
        assertThat(fixtures.card(starters.get(0).cardId()).getStatus()).isEqualTo(CardStatus.ALLOCATED);
    }

    @Test
    void onlyWorkforceWorksTheDesk() {
        SignIn.as(DemoUsers.RECRUITER, staff);
        assertThatThrownBy(() -> desk.runSheet(sessionId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.handOver(sessionId, 1, 0, CHECKED)).isInstanceOf(AccessDeniedException.class);
    }
}
