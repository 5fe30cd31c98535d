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

    /** Asks GOV.UK Notify what became of what it accepted (PORTAL_NOTIFY_RECEIPTS_CRON; "-" turns it off). */
    @Scheduled(cron = "${portal.notify.receipts-cron:0 */5 * * * *}")
    void checkDeliveries() {
        outbox.checkDeliveries();
    }
}
