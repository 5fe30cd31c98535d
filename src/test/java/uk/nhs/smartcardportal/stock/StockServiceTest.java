package uk.nhs.smartcardportal.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.printing.PrintQueueService;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
@RecordApplicationEvents
class StockServiceTest {

    @Autowired
    StockService stock;

    @Autowired
    StockMovementRepository movements;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    CardRequestService requests;

    @Autowired
    PrintQueueService printing;

    @Autowired
    StaffRepository staff;

    @Autowired
    ApplicationEvents events;

    private long item;
    private long store;
    private long aintree;

    @BeforeEach
    void newItem() {
        SignIn.as(DemoUsers.ADMIN, staff);
        item = stock.addItem("Lanyards " + System.nanoTime() % 1_000_000, "lanyards");
        store = fixtures.siteId(DemoUsers.STORE);
        aintree = fixtures.siteId(DemoUsers.AINTREE);
    }

    private long level(long itemId, long siteId) {
        return stock.levels().stream()
                .filter(level -> level.itemId() == itemId && level.siteId() == siteId)
                .mapToLong(StockLevel::level)
                .findFirst()
                .orElse(0);
    }

    @Test
    void theLevelIsDerivedFromTheLedger() {
        stock.record(item, store, MovementKind.RECEIVED, 10, "Delivery 123");
        stock.record(item, store, MovementKind.USED, 3, null);
        stock.record(item, store, MovementKind.SPOILED, 1, "Torn");
        stock.record(item, store, MovementKind.ADJUSTED, -2, "Miscounted");

        assertThat(level(item, store)).isEqualTo(4);
        assertThat(movements.count()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void stockNeverGoesBelowZero() {
        stock.record(item, store, MovementKind.RECEIVED, 4, null);
        long lines = movements.count();

        assertThatThrownBy(() -> stock.record(item, store, MovementKind.USED, 5, null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("Only 4 lanyards ")
                .hasMessageNotContaining("of lanyards");
        assertThatThrownBy(() -> stock.record(item, store, MovementKind.ADJUSTED, -5, null))
                .hasMessageContaining("this would leave -1");
        assertThatThrownBy(() -> stock.record(item, store, MovementKind.RECEIVED, 0, null))
                .hasMessageContaining("1 to 100000");
        assertThat(level(item, store)).isEqualTo(4);
        assertThat(movements.count()).isEqualTo(lines);
    }

    @Test
    void aRefusedMovementAtANewLocationLeavesNoEmptyStockRow() {
        long rowsBefore =
                stock.levels().stream().filter(level -> level.itemId() == item).count();

        assertThatThrownBy(() -> stock.record(item, aintree, MovementKind.USED, 2, null))
                .hasMessageStartingWith("There are no lanyards ");
        assertThatThrownBy(() -> stock.transfer(item, aintree, store, 2, null))
                .hasMessageStartingWith("There are no lanyards ");

        assertThat(stock.levels()).filteredOn(level -> level.itemId() == item).hasSize((int) rowsBefore);
    }

    @Test
    void aTransferMovesStockBetweenLocationsOrNotAtAll() {
        stock.record(item, store, MovementKind.RECEIVED, 5, null);

        stock.transfer(item, store, aintree, 3, "For the Aintree desk");
        assertThatThrownBy(() -> stock.transfer(item, store, aintree, 3, null)).hasMessageStartingWith("Only 2");

        assertThat(level(item, store)).isEqualTo(2);
        assertThat(level(item, aintree)).isEqualTo(3);
    }

    @Test
    void fallingBelowTheReorderLevelRaisesOneAlert() {
        stock.setReorderLevel(item, store, 5);
        stock.record(item, store, MovementKind.RECEIVED, 6, null);
        stock.record(item, store, MovementKind.USED, 2, null);
        stock.record(item, store, MovementKind.USED, 1, null);

        assertThat(events.stream(StockBelowReorderLevel.class).filter(alert -> alert.itemId() == item))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.level()).isEqualTo(4);
                    assertThat(alert.reorderLevel()).isEqualTo(5);
                });
        assertThat(stock.levels())
                .filteredOn(level -> level.itemId() == item && level.siteId() == store)
                .singleElement()
                .extracting(StockLevel::belowReorderLevel)
                .isEqualTo(true);
    }

    @Test
    void printingACardUsesOneBlankCardAndIsRefusedWhenThereAreNone() {
        long blank = stock.items().stream()
                .filter(i -> i.getCode().equals(StockItem.BLANK_SMARTCARD))
                .findFirst()
                .orElseThrow()
                .getId();
        long before = level(blank, store);
        fixtures.cardInStore("Blank", "Counter", DemoUsers.AINTREE);
        SignIn.as(DemoUsers.ADMIN, staff);
        assertThat(level(blank, store)).isEqualTo(before - 1);

        Staff person = fixtures.newTeamMember("Empty", "Shelf");
        long cardId = requests.requestCard(person.getId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.LATER);
        long left = level(blank, store);
        stock.record(blank, store, MovementKind.ADJUSTED, (int) -left, "Test: none left");
        try {
            assertThatThrownBy(() ->
                            printing.recordPrinted(cardId, fixtures.version(cardId), fixtures.uniqueSerial(), aintree))
                    .hasMessageStartingWith("There are no blank smartcards at ");
            assertThat(fixtures.card(cardId).getStatus()).isEqualTo(CardStatus.REQUESTED);
        } finally {
            stock.record(blank, store, MovementKind.ADJUSTED, (int) left, "Test: put back");
        }
    }

    @Test
    void tenPeopleTakingFromFiveAtOnceLeaveZeroNotMinusFive() throws Exception {
        stock.record(item, aintree, MovementKind.RECEIVED, 5, null);
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        var results = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> {
                SignIn.as(DemoUsers.ADMIN, staff);
                start.await();
                try {
                    stock.record(item, aintree, MovementKind.USED, 1, null);
                    return true;
                } catch (RuleViolationException none) {
                    return false;
                } finally {
                    SignIn.out();
                }
            }));
        }
        start.countDown();
        int taken = 0;
        for (var result : results) {
            taken += result.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(taken).isEqualTo(5);
        assertThat(level(item, aintree)).isZero();
    }

    @Test
    void onlyWorkforceKeepsStock() {
        SignIn.as(DemoUsers.MANAGER, staff);
        assertThatThrownBy(() -> stock.record(item, store, MovementKind.RECEIVED, 1, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stock.levels()).isInstanceOf(AccessDeniedException.class);
    }
}
