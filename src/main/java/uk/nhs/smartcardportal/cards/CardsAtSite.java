package uk.nhs.smartcardportal.cards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.base.Counted;
import uk.nhs.smartcardportal.sites.SiteUsage;

/** Cards still to be collected at the site, and cards held there. */
@Component
class CardsAtSite implements SiteUsage {

    private static final List<String> AWAITING = Arrays.stream(CardStatus.values())
            .filter(CardStatus::isAwaitingCollection)
            .map(CardStatus::name)
            .toList();

    private final NamedParameterJdbcTemplate jdbc;

    CardsAtSite(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> stillAt(long siteId) {
        var parameters = new java.util.HashMap<String, Object>();
        parameters.put("site", siteId);
        parameters.put("awaiting", AWAITING);
        long waiting = jdbc.queryForObject(
                "select count(*) from smartcard where collection_site_id = :site and status in (:awaiting)",
                parameters,
                Long.class);
        long held = jdbc.queryForObject(
                "select count(*) from smartcard where custody_kind = 'SITE' and custody_site_id = :site "
                        + "and status in (:awaiting)",
                parameters,
                Long.class);
        List<String> still = new ArrayList<>();
        if (waiting > 0) {
            still.add(Counted.of(waiting, "card") + " to be collected there");
        }
        if (held > 0) {
            still.add(Counted.of(held, "card") + " held there");
        }
        return still;
    }
}
