package uk.nhs.smartcardportal.cards.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.ConcurrentChangeException;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.Custody;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.collection.AllocationService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** Printed cards travel from Recruitment to the Workforce Systems store, and only then can be booked. */
@IntegrationTest
class CardReceiptTest {

    @Autowired
    CardReceiptService receipt;

    @Autowired
    AllocationService allocation;

    @Autowired
    CustodyService custody;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    StaffRepository staff;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        SignIn.as(DemoUsers.ADMIN, staff);
    }

    private String serial(CardFixtures.Starter starter) {
        return fixtures.card(starter.cardId()).getSerial();
    }

    @Test
    void aPrintedCardStaysWithRecruitmentAndCannotBeBookedUntilReceived() {
        CardFixtures.Starter starter = fixtures.cardPrinted("Transit", "Tanner", DemoUsers.DENTAL);

        Smartcard card = fixtures.card(starter.cardId());
        assertThat(card.getStatus()).isEqualTo(CardStatus.PRINTED);
        assertThat(card.getCustody()).isEqualTo(Custody.withRecruitment());
        assertThat(receipt.onTheirWay(PageRequest.of(0, 10_000)))
                .extracting(CustodyRow::cardId)
                .contains(starter.cardId());
        assertThat(allocation.suggest(fixtures.siteId(DemoUsers.DENTAL)).suggestions())
                .extracting(suggestion -> suggestion.card().cardId())
                .doesNotContain(starter.cardId());
    }

    @Test
    void scannedNumbersAreSortedThenTheExpectedCardsAreReceivedAndTheirHoldersTold() {
        CardFixtures.Starter first = fixtures.cardPrinted("Arrived", "Early", DemoUsers.DENTAL);
        CardFixtures.Starter second = fixtures.cardPrinted("Arrived", "Late", DemoUsers.DENTAL);
        CardFixtures.Starter stored = fixtures.cardInStore("Stored", "Already", DemoUsers.DENTAL);
        long before = receipt.countOnTheirWay();

        CardReceipt checked = receipt.check(serial(first) + "\n" + serial(second) + ", " + serial(first)
                + " 999999999998 ; " + serial(stored) + " 1234567890123 abc");

        assertThat(checked.expected()).extracting(IntakeCard::cardId).containsExactly(first.cardId(), second.cardId());
        assertThat(checked.notRecordedAsPrinted()).containsExactly("999999999998");
        assertThat(checked.notExpected()).singleElement().satisfies(entry -> {
            assertThat(entry.entered()).isEqualTo(serial(stored));
            assertThat(entry.reason())
                    .isEqualTo("Stored Already: already received; at the workforce systems " + "store.");
        });
        assertThat(checked.notCardNumbers()).containsExactly("1234567890123", "abc");
        assertThat(checked.stillExpected()).isEqualTo(before - 2);
        assertThat(fixtures.card(first.cardId()).getStatus())
                .as("checking changes nothing")
                .isEqualTo(CardStatus.PRINTED);

        assertThat(receipt.receive(checked.expected())).isEqualTo(2);

        for (CardFixtures.Starter received : List.of(first, second)) {
            Smartcard card = fixtures.card(received.cardId());
            assertThat(card.getStatus()).isEqualTo(CardStatus.IN_STORE);
            assertThat(card.getCustody()).isEqualTo(Custody.atSite(fixtures.siteId(DemoUsers.STORE)));
            assertThat(jdbc.queryForList(
                            "select kind from outbox_message where recipient_staff_id = ? order by id",
                            String.class,
                            received.staffId()))
                    .containsExactly("CARD_PRINTED", "CARD_RECEIVED");
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_event where action = 'CARD_IN_STORE' and " + "entity_id = ?",
                            Integer.class,
                            String.valueOf(received.cardId())))
                    .isEqualTo(1);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'CARDS_RECEIVED' and " + "after_value like ?",
                        Integer.class,
                        "%" + serial(first) + "%"))
                .isEqualTo(1);
        assertThat(allocation.suggest(fixtures.siteId(DemoUsers.DENTAL)).suggestions())
                .extracting(suggestion -> suggestion.card().cardId())
                .contains(first.cardId(), second.cardId());
        assertThat(receipt.onTheirWay(PageRequest.of(0, 10_000)))
                .extracting(CustodyRow::cardId)
                .doesNotContain(first.cardId(), second.cardId());
    }

    @Test
    void aCardChangedSinceTheCheckStopsTheWholeReceipt() {
        CardFixtures.Starter one = fixtures.cardPrinted("Batch", "One", DemoUsers.AINTREE);
        CardFixtures.Starter two = fixtures.cardPrinted("Batch", "Two", DemoUsers.AINTREE);
        CardReceipt checked = receipt.check(serial(one) + " " + serial(two));
        receipt.receiveOne(two.cardId(), fixtures.version(two.cardId()));

        assertThatThrownBy(() -> receipt.receive(checked.expected()))
                .isInstanceOfAny(
                        ConcurrentChangeException.class, uk.nhs.smartcardportal.base.RuleViolationException.class);

        assertThat(fixtures.card(one.cardId()).getStatus())
                .as("nothing of the refused receipt is kept")
                .isEqualTo(CardStatus.PRINTED);
    }

    @Test
    void nothingScannedOrTooManyIsRefusedWithAMessage() {
        assertThatThrownBy(() -> receipt.check("  \n ,")).hasMessage("Scan or type at least one card number.");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= CardReceiptService.SERIALS_MAX; i++) {
            many.append(String.format("8%011d ", i));
        }
        assertThatThrownBy(() -> receipt.check(many.toString())).hasMessageContaining("at most 500");
        assertThatThrownBy(() -> receipt.receive(List.of())).hasMessageContaining("nothing to receive");
    }

    @Test
    void aPrintedCardFoundInTheStoreAtAStocktakeIsReceived() {
        CardFixtures.Starter starter = fixtures.cardPrinted("Counted", "Instore", DemoUsers.ROYAL);
        long store = fixtures.siteId(DemoUsers.STORE);

        CardCount count = custody.countCards(store, serial(starter));
        assertThat(count.misplaced()).extracting(IntakeCard::cardId).containsExactly(starter.cardId());
        custody.recordCardCount(count);

        Smartcard card = fixtures.card(starter.cardId());
        assertThat(card.getStatus()).isEqualTo(CardStatus.IN_STORE);
        assertThat(card.getCustody()).isEqualTo(Custody.atSite(store));
    }
}
