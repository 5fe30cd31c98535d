package uk.nhs.smartcardportal.staff;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.base.Counted;
import uk.nhs.smartcardportal.sites.SiteUsage;

/** People whose base is the site. */
@Component
class PeopleAtSite implements SiteUsage {

    private final JdbcTemplate jdbc;

    PeopleAtSite(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> stillAt(long siteId) {
        long people = jdbc.queryForObject("select count(*) from staff where base_site_id = ?", Long.class, siteId);
        return people == 0 ? List.of() : List.of(Counted.of(people, "person", "people") + " based there");
    }
}
