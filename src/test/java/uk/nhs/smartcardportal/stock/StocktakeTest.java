package uk.nhs.smartcardportal.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.Custody;
import uk.nhs.smartcardportal.cards.custody.CardCount;
import uk.nhs.smartcardportal.cards.custody.CustodyService;
import uk.nhs.smartcardportal.cards.custody.IntakeCard;
import uk.nhs.smartcardportal.cards.custody.UnknownSerial;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class StocktakeTest {

    @Autowired
    StockService stock;

    @Autowired
    CustodyService custody;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    StaffRepository staff;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void consumableDifferencesAreRecordedAsAdjustments() {
        SignIn.as(DemoUsers.ADMIN, staff);
        long site = fixtures.siteId(DemoUsers.ROYAL);
        long holders = stock.addItem("Counted holders " + System.nanoTime() % 100_000, "holders");
        long readers = stock.addItem("Counted readers " + System.nanoTime() % 100_000, "readers");
        stock.record(holders, site, MovementKind.RECEIVED, 50, null);
        stock.record(readers, site, MovementKind.RECEIVED, 4, null);

        List<CountedDifference> result = stock.stocktake(site, Map.of(holders, 47, readers, 4));

        assertThat(result)
                .extracting(
                        CountedDifference::itemId,
                        CountedDifference::expected,
                        CountedDifference::counted,
                        CountedDifference::difference)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(holders, 50L, 47L, -3L),
                        org.assertj.core.groups.Tuple.tuple(readers, 4L, 4L, 0L));
        assertThat(stock.levels())
                .filteredOn(level -> level.itemId() == holders)
                .singleElement()
                .extracting(StockLevel::level)
                .isEqualTo(47L);
        assertThat(jdbc.queryForObject(
                        "select count(*) from stock_movement m join stock_holding h on h.id = "
                                + "m.holding_id where h.item_id = ? and m.kind = 'COUNTED' and m.quantity = -3 and m.actor_name = ?",
                        Long.class,
                        holders,
                        DemoUsers.ADMIN.fullName()))
                .isEqualTo(1);
        assertThatThrownBy(() -> stock.stocktake(site, Map.of(holders, -1))).hasMessageContaining("0 to");
        assertThatThrownBy(() -> stock.stocktake(site, Map.of())).hasMessageContaining("at least one item");
    }

    @Test
    void cardsCountedAtALocationAreReconciledAndMisplacedOnesMovedHere() {
        CardFixtures.Starter here = fixtures.cardInStore("Counted", "Here", DemoUsers.AINTREE);
        CardFixtures.Starter elsewhere = fixtures.cardAtGeneralOffice("Found", "Elsewhere");
        SignIn.as(DemoUsers.ADMIN, staff);
        long store = fixtures.siteId(DemoUsers.STORE);
        String hereSerial = fixtures.card(here.cardId()).getSerial();
        String elsewhereSerial = fixtures.card(elsewhere.cardId()).getSerial();

        CardCount count = custody.countCards(store, hereSerial + " " + elsewhereSerial + " 000000000000 abc");

        assertThat(count.found()).extracting(IntakeCard::cardId).containsExactly(here.cardId());
        assertThat(count.misplaced()).extracting(IntakeCard::cardId).containsExactly(elsewhere.cardId());
        assertThat(count.unknown()).extracting(UnknownSerial::entered).containsExactly("000000000000", "abc");
        assertThat(count.missing()).extracting(IntakeCard::cardId).doesNotContain(here.cardId());

        custody.recordCardCount(count);

        assertThat(fixtures.card(elsewhere.cardId()).getCustody()).isEqualTo(Custody.atSite(store));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'STOCKTAKE_CARDS' and " + "after_value like ?",
                        Long.class,
                        "%" + elsewhereSerial + "%"))
                .isEqualTo(1);
    }
}
