package uk.nhs.smartcardportal.base;

import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Points a portal reaches once in its set-up, kept so that what depends on them does not go back. */
@Component
public class SetupMilestones {

    /** A Workforce member from the staff list has signed in or been granted the role: first administrators end. */
    public static final String WORKFORCE_FROM_STAFF_LIST = "WORKFORCE_FROM_STAFF_LIST";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SetupMilestones(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isReached(String milestone) {
        return jdbc.queryForObject("select count(*) from portal_milestone where name = ?", Long.class, milestone) > 0;
    }

    /** Records the milestone the first time; true when this call reached it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reach(String milestone, @Nullable Long staffId) {
        return jdbc.update(
                        "insert ignore into portal_milestone (name, reached_at, staff_id) values (?, ?, ?)",
                        milestone,
                        Timestamp.from(clock.instant()),
                        staffId)
                > 0;
    }
}
