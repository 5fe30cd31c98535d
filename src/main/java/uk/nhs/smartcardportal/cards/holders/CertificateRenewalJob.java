package uk.nhs.smartcardportal.cards.holders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each morning, reminds holders whose card certificates expire in 90 or 30 days. */
@Component
class CertificateRenewalJob {

    private static final Logger log = LoggerFactory.getLogger(CertificateRenewalJob.class);

    private final CertificateService certificates;

    CertificateRenewalJob(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Scheduled(cron = "${portal.renewal.cron:0 20 7 * * *}", zone = "Europe/London")
    void daily() {
        int sent = 0;
        int batch;
        do {
            batch = certificates.remindDue();
            sent += batch;
        } while (batch > 0);
        log.info("Certificate renewal: {} reminders sent", sent);
    }
}
