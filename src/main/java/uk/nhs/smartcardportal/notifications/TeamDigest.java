package uk.nhs.smartcardportal.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.TeamCardsWaiting;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * Each week, tells every manager with anything waiting how many of their team's cards wait on their decision and how
 * many wait to be collected, unless they turned it off on Messages. One per manager and week: a row marks it.
 */
@Component
public class TeamDigest {

    private final TeamCardsWaiting waiting;
    private final MessagePreferenceService preferences;
    private final OutboxService outbox;
    private final StaffService staff;
    private final NamedParameterJdbcTemplate jdbc;
    private final PortalProperties portal;
    private final Clock clock;

    TeamDigest(
            TeamCardsWaiting waiting,
            MessagePreferenceService preferences,
            OutboxService outbox,
            StaffService staff,
            NamedParameterJdbcTemplate jdbc,
            PortalProperties portal,
            Clock clock) {
        this.waiting = waiting;
        this.preferences = preferences;
        this.outbox = outbox;
        this.staff = staff;
        this.jdbc = jdbc;
        this.portal = portal;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.digest.cron:0 0 8 * * MON}", zone = "Europe/London")
    void weekly() {
        sendThisWeeks();
    }

    /** This week's summaries not yet sent; how many it sent. */
    @Transactional
    public int sendThisWeeks() {
        LocalDate week =
                LocalDate.now(clock.withZone(UkTime.ZONE)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int sent = 0;
        for (TeamCardsWaiting.Waiting team : waiting.managersWithCardsWaiting()) {
            if (!preferences.teamDigestWanted(team.managerId())) {
                continue;
            }
            int marked = jdbc.update(
                    "insert ignore into team_digest (staff_id, week_of, sent_at) values (:manager, :week, :now)",
                    Map.of("manager", team.managerId(), "week", week, "now", Timestamp.from(clock.instant())));
            if (marked == 0) {
                continue;
            }
            Staff manager = staff.find(team.managerId()).orElseThrow();
            MessageTemplates.Rendered message = MessageTemplates.teamDigest(
                    manager.getFirstName(), team.decisions(), team.toCollect(), portal.baseUrl());
            outbox.enqueue(message.to(manager.getId(), "TEAM_DIGEST"));
            sent++;
        }
        return sent;
    }
}
