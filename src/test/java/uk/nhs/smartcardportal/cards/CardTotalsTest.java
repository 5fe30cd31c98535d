package uk.nhs.smartcardportal.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.sessions.CollectionSession;

/**
 * The totals the database keeps (migration 036) against the same figures counted row by row. The suite shares one
 * database, so every check here also covers every card and answer the tests before it wrote.
 */
@IntegrationTest
class CardTotalsTest {

    @Autowired
    CardFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCardTotalsFollowEachCardThroughItsStory() {
        CardFixtures.Starter requested = fixtures.cardRequested("Totals", "Requested");
        fixtures.cardPrinted("Totals", "Printed", DemoUsers.ROYAL);
        fixtures.cardInStore("Totals", "Stored", DemoUsers.ROYAL);
        CardFixtures.Starter booked = fixtures.cardAllocated("Totals", "Booked", DemoUsers.ROYAL);
        fixtures.finish(requested.cardId(), CardStatus.CANCELLED, "No longer needed");

        assertThat(kept()).isEqualTo(counted());
        assertThat(sessionsWhoseBookingsDiffer()).isEmpty();
        assertThat(keptPlaces()).isEqualTo(countedPlaces());
        assertThat(fixtures.card(booked.cardId()).getSession()).isNotNull();
    }

    @Test
    void aCardMovedToAnotherSessionLeavesTheFirstAndIsBookedOntoTheOther() {
        CardFixtures.Starter booked = fixtures.cardAllocated("Totals", "Moved", DemoUsers.ROYAL);
        long first = fixtures.card(booked.cardId()).getSession().getId();
        long other = jdbc.queryForObject("select min(id) from collection_session where id <> ?", Long.class, first);
        long firstBefore = booked(first);
        long otherBefore = booked(other);

        jdbc.update("update smartcard set session_id = ? where id = ?", other, booked.cardId());

        assertThat(booked(first)).isEqualTo(firstBefore - 1);
        assertThat(booked(other)).isEqualTo(otherBefore + 1);
        jdbc.update("update smartcard set status = 'IN_STORE' where id = ?", booked.cardId());
        assertThat(booked(other))
                .as("a card back in the store no longer takes a place")
                .isEqualTo(otherBefore);
        assertThat(kept()).isEqualTo(counted());
        assertThat(sessionsWhoseBookingsDiffer()).isEmpty();
    }

    @Test
    void aCardRemovedLeavesTheTotals() {
        CardFixtures.Starter booked = fixtures.cardAllocated("Totals", "Removed", DemoUsers.ROYAL);
        CollectionSession session = fixtures.card(booked.cardId()).getSession();
        long before = booked(session.getId());

        jdbc.update("delete from card_transition where card_id = ?", booked.cardId());
        jdbc.update("delete from smartcard where id = ?", booked.cardId());

        assertThat(booked(session.getId())).isEqualTo(before - 1);
        assertThat(kept()).isEqualTo(counted());
    }

    @Test
    void aSessionMovedToAnotherDayOrCancelledTakesItsPlacesWithIt() {
        CardFixtures.Starter booked = fixtures.cardAllocated("Totals", "Rescheduled", DemoUsers.ROYAL);
        long sessionId = fixtures.card(booked.cardId()).getSession().getId();

        jdbc.update(
                "update collection_session set starts_at = starts_at + interval 3 day, "
                        + "ends_at = ends_at + interval 3 day where id = ?",
                sessionId);
        assertThat(keptPlaces()).isEqualTo(countedPlaces());
        jdbc.update("update collection_session set capacity = capacity + 2 where id = ?", sessionId);
        assertThat(keptPlaces()).isEqualTo(countedPlaces());
        jdbc.update("update collection_session set status = 'CANCELLED' where id = ?", sessionId);
        assertThat(keptPlaces()).isEqualTo(countedPlaces());
        jdbc.update("update collection_session set status = 'SCHEDULED' where id = ?", sessionId);
        assertThat(keptPlaces()).isEqualTo(countedPlaces());
    }

    @Test
    void thePassportOutcomeTotalsFollowEachAnswer() {
        long staffId = fixtures.newPerson("Totals", "Passport").getId();
        jdbc.update(
                "insert into passport_status (staff_id, outcome, to_do, warnings, assessed_on) "
                        + "values (?, 'NOT_YET', 2, 0, current_date)",
                staffId);
        assertThat(keptOutcomes()).isEqualTo(countedOutcomes());

        jdbc.update("update passport_status set outcome = 'ELIGIBLE' where staff_id = ?", staffId);
        assertThat(keptOutcomes()).isEqualTo(countedOutcomes());

        jdbc.update("delete from passport_status where staff_id = ?", staffId);
        assertThat(keptOutcomes()).isEqualTo(countedOutcomes());
    }

    private long booked(long sessionId) {
        return jdbc.queryForObject("select cards_booked from collection_session where id = ?", Long.class, sessionId);
    }

    private Map<String, Long> kept() {
        return totals("select concat_ws('/', status, custody_kind, held_by_trust, printed), cards from card_total "
                + "where cards <> 0");
    }

    private Map<String, Long> counted() {
        return totals("select concat_ws('/', status, custody_kind, held_by_trust, printed_at is not null), count(*) "
                + "from smartcard group by status, custody_kind, held_by_trust, printed_at is not null");
    }

    private List<Long> sessionsWhoseBookingsDiffer() {
        return jdbc.queryForList(
                "select id from collection_session s where cards_booked <> "
                        + "(select count(*) from smartcard c where c.session_id = s.id and c.status <> 'IN_STORE')",
                Long.class);
    }

    private Map<String, Long> keptPlaces() {
        return totals(
                "select concat_ws('/', site_id, starts_on, 'capacity'), capacity from session_day_total "
                        + "where capacity <> 0 union all "
                        + "select concat_ws('/', site_id, starts_on, 'booked'), booked from session_day_total where booked <> 0");
    }

    private Map<String, Long> countedPlaces() {
        String perDay = "from collection_session s where s.status <> 'CANCELLED' group by s.site_id, date(s.starts_at)";
        return totals("select * from (select concat_ws('/', s.site_id, date(s.starts_at), 'capacity') k, "
                + "sum(s.capacity) n " + perDay + ") c where n <> 0 union all "
                + "select * from (select concat_ws('/', s.site_id, date(s.starts_at), 'booked') k, "
                + "sum((select count(*) from smartcard c where c.session_id = s.id and c.status <> 'IN_STORE')) n "
                + perDay + ") b where n <> 0");
    }

    private Map<String, Long> keptOutcomes() {
        return totals("select outcome, people from passport_outcome_total where people <> 0");
    }

    private Map<String, Long> countedOutcomes() {
        return totals("select outcome, count(*) from passport_status group by outcome");
    }

    private Map<String, Long> totals(String sql) {
        Map<String, Long> totals = new HashMap<>();
        jdbc.query(sql, row -> {
            totals.put(row.getString(1), row.getLong(2));
        });
        return totals;
    }
}
