package uk.nhs.smartcardportal.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardRetention;
import uk.nhs.smartcardportal.notifications.OutboxRetention;

/**
 * Anonymises what has been kept long enough (docs/privacy.md). Called by {@link RetentionJob}; no person calls it,
 * so it checks no role.
 */
@Service
public class RetentionService {

    static final int BATCH = 500;
    static final int LEAVER_BATCH = 100;

    private final CardRetention cards;
    private final OutboxRetention outbox;
    private final LeaverRetention leavers;
    private final AuditService audit;
    private final RetentionProperties properties;
    private final Clock clock;

    RetentionService(
            CardRetention cards,
            OutboxRetention outbox,
            LeaverRetention leavers,
            AuditService audit,
            RetentionProperties properties,
            Clock clock) {
        this.leavers = leavers;
        this.cards = cards;
        this.outbox = outbox;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** One batch, in one transaction; call again until it removes nothing. */
    @Transactional
    public RetentionRun anonymiseOneBatch() {
        Instant now = clock.instant();
        Instant cutoff =
                now.atZone(UkTime.ZONE).minusMonths(properties.months()).toInstant();
        LocalDate leftBefore = now.atZone(UkTime.ZONE).toLocalDate().minusMonths(properties.leaverMonths());
        RetentionRun run = new RetentionRun(
                cutoff,
                cards.anonymiseFinishedCards(cutoff, now, BATCH),
                cards.anonymiseFinishedRequests(cutoff, now, BATCH),
                outbox.forgetMessagesBefore(cutoff),
                leavers.forgetLeavers(leftBefore, now, LEAVER_BATCH));
        if (run.removedAnything()) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("finishedBefore", cutoff.toString());
            after.put("cards", run.cards());
            after.put("requests", run.requests());
            after.put("messages", run.messages());
            after.put("leavers", run.leavers());
            after.put("leftBefore", leftBefore.toString());
            audit.record("PERSONAL_DETAILS_REMOVED", "Retention", null, null, after);
        }
        return run;
    }
}
