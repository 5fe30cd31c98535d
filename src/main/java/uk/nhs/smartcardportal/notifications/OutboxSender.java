package uk.nhs.smartcardportal.notifications;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the outbox sender every few seconds (PORTAL_MAIL_SENDER_CRON; "-" turns it off). */
@Component
class OutboxSender {

    private final OutboxService outbox;

    OutboxSender(OutboxService outbox) {
        this.outbox = outbox;
    }

    @Scheduled(cron = "${portal.mail.sender-cron:*/10 * * * * *}")
    void send() {
        outbox.deliverDue();
    }
}
