package uk.nhs.smartcardportal.staff;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.base.UkTime;

/**
 * Asks a starter's manager whether the role needs a Smartcard when the starter arrives with that unknown, and asks
 * once more 5 working days before the start date if it is still open. Each is marked on the record as it goes, by
 * one instance alone, so it goes once.
 */
@Component
public class CardDecisionPrompts {

    static final int REMINDER_WORKING_DAYS = 5;
    static final int BATCH = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CardDecisionPrompts(
            NamedParameterJdbcTemplate jdbc,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.reminders.cron:0 5 * * * *}", zone = "Europe/London")
    void hourly() {
        while (promptDue() > 0) {
            // until every manager due has been asked
        }
    }

    /** One batch of first asks and reminders, in one transaction; how many messages it caused. */
    public int promptDue() {
        Integer sent = transaction.execute(status -> ask(false) + ask(true));
        return sent == null ? 0 : sent;
    }

    private int ask(boolean reminder) {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        LocalDate remindFrom = workingDaysAfter(today, REMINDER_WORKING_DAYS);
        String column = reminder ? "need_reminded_at" : "need_asked_at";
        String which = reminder
                ? "s.need_asked_at is not null and s.need_reminded_at is null and s.start_date <= :remindFrom"
                : "s.need_asked_at is null";
        List<Map<String, Object>> due = jdbc.queryForList(
                "select s.id, s.line_manager_id, s.start_date from staff s join staff m on m.id = s.line_manager_id "
                        + "where s.smartcard_need = 'UNKNOWN' and s.record_ended_at is null and m.record_ended_at is null "
                        + "and (s.start_date is null or s.start_date >= :today) and " + which
                        + " order by s.id limit :batch",
                Map.of("today", today, "remindFrom", remindFrom, "batch", BATCH));
        int sent = 0;
        for (Map<String, Object> row : due) {
            long staffId = ((Number) row.get("id")).longValue();
            LocalDate start = row.get("start_date") == null ? null : ((Date) row.get("start_date")).toLocalDate();
            // a starter arriving within the reminder's days needs no reminder after the first ask
            boolean soon = start != null && !start.isAfter(remindFrom);
            String alsoReminded = !reminder && soon ? ", need_reminded_at = :now" : "";
            int marked = jdbc.update(
                    "update staff set " + column + " = :now" + alsoReminded + " where id = :id and " + column
                            + " is null",
                    Map.of("now", Timestamp.from(clock.instant()), "id", staffId));
            if (marked == 1) {
                events.publishEvent(new CardDecisionWaiting(
                        staffId, ((Number) row.get("line_manager_id")).longValue(), start, reminder));
                sent++;
            }
        }
        return sent;
    }

    /** The day {@code days} working days (Monday to Friday; bank holidays not counted) after the given one. */
    static LocalDate workingDaysAfter(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
