package uk.nhs.smartcardportal.passport;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Everyone's passport outcomes from the totals the database keeps as answers change (migration 036). */
@Component
class PassportOutcomeTotals {

    private final JdbcTemplate jdbc;

    PassportOutcomeTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    List<OutcomeCount> everyone() {
        return jdbc.query(
                "select outcome, people from passport_outcome_total where people > 0",
                (row, n) -> new OutcomeCount(PassportOutcome.valueOf(row.getString(1)), row.getLong(2)));
    }
}
