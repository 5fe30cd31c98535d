package uk.nhs.smartcardportal.sessions;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places offered and booked per site and day, from the totals the database keeps as sessions and bookings change
 * (migration 036): a few rows a site and day, however many sessions and cards the trust has.
 */
@Component
class SessionDayTotals {

    private final JdbcTemplate jdbc;

    SessionDayTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per site, on the days from the first given up to, not including, the second. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<SitePlaces> placesBySite(LocalDate from, LocalDate until) {
        return jdbc.query(
                "select site.name, sum(t.capacity), sum(t.booked) from session_day_total t "
                        + "join site on site.id = t.site_id where t.starts_on >= ? and t.starts_on < ? "
                        + "group by site.id, site.name having sum(t.capacity) > 0 or sum(t.booked) > 0 "
                        + "order by site.name, site.id",
                (row, n) -> new SitePlaces(row.getString(1), row.getLong(2), row.getLong(3)),
                Date.valueOf(from),
                Date.valueOf(until));
    }
}
