package uk.nhs.smartcardportal.sessions;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.base.Counted;
import uk.nhs.smartcardportal.sites.SiteUsage;

/** Scheduled sessions at the site that have not ended. */
@Component
class SessionsAtSite implements SiteUsage {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SessionsAtSite(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<String> stillAt(long siteId) {
        long ahead = jdbc.queryForObject(
                "select count(*) from collection_session where site_id = ? and status = ? and ends_at > ?",
                Long.class,
                siteId,
                SessionStatus.SCHEDULED.name(),
                Timestamp.from(clock.instant()));
        return ahead == 0 ? List.of() : List.of(Counted.of(ahead, "session") + " ahead");
    }
}
