package uk.nhs.smartcardportal.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.ConcurrentChangeException;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.custody.CardReceiptService;
import uk.nhs.smartcardportal.cards.printing.PrintQueueService;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
@RecordApplicationEvents
class CardLifecycleTest {

    @Autowired
    CardFixtures fixtures;

    @Autowired
    CardBookingService bookings;

    @Autowired
    PrintQueueService printing;

    @Autowired
    CardReceiptService receipt;

    @Autowired
    CardLifecycle lifecycle;

    @Autowired
    SmartcardRepository cards;

    @Autowired
    CardTransitionRepository transitions;

    @Autowired
    StaffRepository staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEvents events;

    @Autowired
    CardRequestService requests;

    @Test
    void eachMoveIsTimestampedAttributedAuditedPublishedAndKeptInTheCustodyHistory() {
        CardFixtures.Starter starter = fixtures.cardAllocated("Ada", "Lovelace", DemoUsers.ROYAL);

        List<CardTransition> history = transitions.findByCardIdOrderByOccurredAtAscIdAsc(starter.cardId());
        assertThat(history)
                .extracting(CardTransition::getToStatus)
                .containsExactly(CardStatus.REQUESTED, CardStatus.PRINTED, CardStatus.IN_STORE, CardStatus.ALLOCATED);
        assertThat(history).allSatisfy(step -> {
            assertThat(step.getActorName()).isEqualTo("Dave Jones");
            assertThat(step.getOccurredAt()).isNotNull();
        });
        long storeId = fixtures.siteId(DemoUsers.STORE);
        assertThat(history.get(0).getCustody()).isEqualTo(Custody.notPrinted());
        assertThat(history.get(1).getCustody()).isEqualTo(Custody.withRecruitment());
        assertThat(history.get(2).getCustody()).isEqualTo(Custody.atSite(storeId));
        assertThat(history.get(3).getCustody()).isEqualTo(Custody.atSite(storeId));

        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE entity_type = 'Smartcard' AND entity_id = ? "
                                + "ORDER BY id",
                        String.class,
                        Long.toString(starter.cardId())))
                .containsExactly("CARD_REQUESTED", "CARD_PRINTED", "CARD_IN_STORE", "CARD_ALLOCATED");
        assertThat(events.stream(CardStatusChanged.class).filter(event -> event.cardId() == starter.cardId()))
                .extracting(CardStatusChanged::to)
                .containsExactly(CardStatus.REQUESTED, CardStatus.PRINTED, CardStatus.IN_STORE, CardStatus.ALLOCATED);
        assertThat(fixtures.card(starter.cardId()).getSerial()).matches("\\d{12}");
    }

    @Test
    void aMoveTheLifecycleDoesNotAllowIsRefusedAndChangesNothing() {
        CardFixtures.Starter starter = fixtures.cardAllocated("Grace", "Hopper", DemoUsers.ROYAL);
        SignIn.as(DemoUsers.ADMIN, staff);
        long version = fixtures.version(starter.cardId());

        assertThatThrownBy(() -> printing.recordPrinted(
                        starter.cardId(), version, fixtures.uniqueSerial(), fixtures.siteId(DemoUsers.ROYAL)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A card that is booked onto a collection session cannot become printed.");
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> lifecycle.move(
                        cards.findById(starter.cardId()).orElseThrow(),
                        version,
                        CardStatus.COLLECTED,
                        Custody.withHolder(),
                        "skipping the session")))
                .isInstanceOf(RuleViolationException.class);

        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.ALLOCATED);
        assertThat(fixtures.version(starter.cardId())).isEqualTo(version);
        assertThat(transitions.findByCardIdOrderByOccurredAtAscIdAsc(starter.cardId()))
                .hasSize(4);
    }

    @Test
    void serialsAreTwelveDigitsAndUnique() {
        SignIn.as(DemoUsers.ADMIN, staff);
        CardFixtures.Starter first = fixtures.cardInStore("Mary", "Seacole", DemoUsers.ROYAL);
        String taken = fixtures.card(first.cardId()).getSerial();
        long newCard = requests.requestCard(
                fixtures.newPerson("Florence", "Nightingale").getId(),
                RequestReason.ESR_SUPERVISOR,
                null,
                RequestOrigin.LATER);

        for (String bad : new String[] {"12345", "1234567890123", "12345678901a", " ", ""}) {
            assertThatThrownBy(() -> printing.recordPrinted(newCard, 0, bad, fixtures.siteId(DemoUsers.ROYAL)))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageStartingWith("A card number is exactly 12 digits, as printed on the card.");
        }
        assertThatThrownBy(() -> printing.recordPrinted(newCard, 0, "1234567890123", fixtures.siteId(DemoUsers.ROYAL)))
                .as("a number too long is refused as typed, never cut to 12 digits")
                .hasMessage("A card number is exactly 12 digits, as printed on the card. This has 13 digits.");
        assertThatThrownBy(() -> printing.recordPrinted(newCard, 0, taken, fixtures.siteId(DemoUsers.ROYAL)))
                .hasMessage("Card number " + taken + " is already recorded for another card.");
        assertThat(fixtures.card(newCard).getStatus()).isEqualTo(CardStatus.REQUESTED);
    }

    @Test
    void twoPeopleChangingTheSameCardAtOnceTheSecondIsToldAndNothingIsOverwritten() throws Exception {
        CardFixtures.Starter starter = fixtures.cardInStore("Edith", "Cavell", DemoUsers.ROYAL);
        long version = fixtures.version(starter.cardId());
        long sessionId = fixtures.firstSessionAt(DemoUsers.ROYAL).getId();
        var admin = SignIn.as(DemoUsers.ADMIN, staff);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        Callable<String> allocate = () -> {
            SecurityContextHolder.getContext().setAuthentication(authentication);
            start.await();
            try {
                bookings.allocate(starter.cardId(), version, sessionId);
                return "ok";
            } catch (ConcurrentChangeException e) {
                return e.getMessage();
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        outcomes.add(pool.submit(allocate));
        outcomes.add(pool.submit(allocate));
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(admin).isNotNull();
        assertThat(results).containsOnlyOnce("ok");
        assertThat(results).anySatisfy(message -> assertThat(message).contains("nothing was saved"));
        assertThat(fixtures.version(starter.cardId())).isEqualTo(version + 1);
    }

    @Test
    void aStaleVersionAfterAColleaguesChangeSaysItWasAColleague() {
        CardFixtures.Starter starter = fixtures.cardInStore("Caroline", "Herschel", DemoUsers.ROYAL);
        SignIn.as(DemoUsers.TEAM_LEAD, staff);
        long stale = fixtures.version(starter.cardId()) - 1;

        assertThatThrownBy(() -> bookings.allocate(
                        starter.cardId(),
                        stale,
                        fixtures.firstSessionAt(DemoUsers.ROYAL).getId()))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("A colleague changed this card a moment ago, so nothing was saved.");
    }

    @Test
    void aStaleVersionFromAnOpenPageIsRefused() {
        CardFixtures.Starter starter = fixtures.cardInStore("Mary", "Anning", DemoUsers.ROYAL);
        SignIn.as(DemoUsers.ADMIN, staff);
        long stale = fixtures.version(starter.cardId()) - 1;

        assertThatThrownBy(() -> bookings.allocate(
                        starter.cardId(),
                        stale,
                        fixtures.firstSessionAt(DemoUsers.ROYAL).getId()))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith(
                        "You changed this card a moment ago in another tab or window, so nothing was " + "saved here.");
    }

    @Test
    void onlyTheRightTeamsMayMoveCards() {
        CardFixtures.Starter starter = fixtures.cardInStore("Rosalind", "Franklin", DemoUsers.ROYAL);
        SignIn.as(DemoUsers.STARTER, staff);

        assertThatThrownBy(() -> receipt.receiveOne(starter.cardId(), 0)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(DemoUsers.RECRUITER, staff);
        assertThatThrownBy(() -> bookings.allocate(starter.cardId(), 0, 1)).isInstanceOf(AccessDeniedException.class);
    }
}
