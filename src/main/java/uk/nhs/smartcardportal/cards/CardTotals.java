package uk.nhs.smartcardportal.cards;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Card counts from the totals the database keeps as cards change (migration 036): a few rows read, however many cards
 * the trust has. They are exact, kept in the same transaction as each change.
 */
@Component
public class CardTotals {

    private final NamedParameterJdbcTemplate jdbc;

    CardTotals(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Cards per status among those given; a status with no cards is left out. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<StatusCount> byStatus(Collection<CardStatus> statuses) {
        return jdbc.query(
                "select status, sum(cards) from card_total where status in (:statuses) group by status "
                        + "having sum(cards) > 0",
                Map.of("statuses", names(statuses)),
                (row, n) -> new StatusCount(CardStatus.valueOf(row.getString(1)), row.getLong(2)));
    }

    /** Cards in the statuses given that were never printed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long notPrinted(Collection<CardStatus> statuses) {
        return jdbc.queryForObject(
                "select coalesce(sum(cards), 0) from card_total where status in (:statuses) and not printed",
                Map.of("statuses", names(statuses)),
                Long.class);
    }

    /** Cards in the status. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long inStatus(CardStatus status) {
        return jdbc.queryForObject(
                "select coalesce(sum(cards), 0) from card_total where status = :status",
                Map.of("status", status.name()),
                Long.class);
    }

    /** Cards the trust holds (with recruitment, at a site or at a session). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long heldByTrust() {
        return jdbc.queryForObject(
                "select coalesce(sum(cards), 0) from card_total where held_by_trust", Map.of(), Long.class);
    }

    private static List<String> names(Collection<CardStatus> statuses) {
        return statuses.stream().map(CardStatus::name).toList();
    }
}
