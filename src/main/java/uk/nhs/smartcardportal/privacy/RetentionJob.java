package uk.nhs.smartcardportal.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention rules every night. Each batch is its own transaction and takes only records not yet done, so a
 * stop part-way loses nothing and two portal instances running it at once do each record once.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${portal.retention.cron:0 30 2 * * *}", zone = "Europe/London")
    void nightly() {
        int cards = 0;
        int requests = 0;
        int messages = 0;
        int leavers = 0;
        RetentionRun run;
        do {
            run = retention.anonymiseOneBatch();
            cards += run.cards();
            requests += run.requests();
            messages += run.messages();
            leavers += run.leavers();
        } while (run.removedAnything());
        log.info(
                "Retention: removed the personal details of {} cards, {} requests and {} e-mails finished before {}, "
                        + "and of {} leavers",
                cards,
                requests,
                messages,
                run.cutoff(),
                leavers);
    }
}
