package uk.nhs.smartcardportal.leavers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour: movers' changes whose day has come, then leavers whose leaving day has come. Safe to run on several
 * instances at once and to run again: each batch takes only what is not yet done.
 */
@Component
class MoversAndLeaversJob {

    private static final Logger log = LoggerFactory.getLogger(MoversAndLeaversJob.class);

    private final LeaverProcessing processing;

    MoversAndLeaversJob(LeaverProcessing processing) {
        this.processing = processing;
    }

    @Scheduled(cron = "${portal.leavers.cron:0 10 * * * *}", zone = "Europe/London")
    void run() {
        int moved = 0;
        int batch;
        do {
            batch = processing.applyDueMoves();
            moved += batch;
        } while (batch > 0);
        int left = 0;
        do {
            batch = processing.processOneBatch();
            left += batch;
        } while (batch > 0);
        if (moved > 0 || left > 0) {
            log.info("Movers and leavers: {} moves made, {} leavers' records ended", moved, left);
        }
    }
}
