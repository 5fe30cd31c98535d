package uk.nhs.smartcardportal.collection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.Smartcard;

/**
 * The day before a session, each person booked onto it is reminded (the event becomes an e-mail). Runs every hour,
 * so a session booked during the day still gets its reminder; each reminder is claimed with a conditional update, so
 * several portal instances never remind twice.
 */
@Component
public class SessionReminders {

    private static final Logger log = LoggerFactory.getLogger(SessionReminders.class);

    private final CollectionCardRepository sessionCards;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionReminders(CollectionCardRepository sessionCards, ApplicationEventPublisher events, Clock clock) {
        this.sessionCards = sessionCards;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.reminders.cron:0 5 * * * *}", zone = "Europe/London")
    public void hourly() {
        int sent = remindTomorrow();
        if (sent > 0) {
            log.info("Reminded {} people of their collection session tomorrow", sent);
        }
    }

    /** Publishes a reminder for every card booked onto a session tomorrow (UK date) not yet reminded. */
    @Transactional
    public int remindTomorrow() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        Instant from = tomorrow.atStartOfDay(UkTime.ZONE).toInstant();
        Instant to = tomorrow.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant();
        int sent = 0;
        for (Smartcard card : sessionCards.dueAReminder(from, to)) {
            if (sessionCards.claimReminder(card.getId(), card.getSession().getId()) == 1) {
                events.publishEvent(new SessionReminderDue(
                        card.getId(),
                        card.getStaff().getId(),
                        card.getSession().getId(),
                        card.getSession().getStartsAt(),
                        clock.instant()));
                sent++;
            }
        }
        return sent;
    }
}
