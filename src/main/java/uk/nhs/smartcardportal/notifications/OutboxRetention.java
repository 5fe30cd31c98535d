package uk.nhs.smartcardportal.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;

/**
 * Removes the address and the words of e-mails sent (or given up on) before a cut-off. The subject, the kind, the
 * recipient's id and the dates stay, so the outbox still shows that a message went and when.
 */
@Component
public class OutboxRetention {

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditService audit;

    OutboxRetention(NamedParameterJdbcTemplate jdbc, AuditService audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every message to these people (leavers whose time is up), sent or not; how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forgetMessagesTo(Collection<Long> staffIds) {
        if (staffIds.isEmpty()) {
            return 0;
        }
        Map<String, Object> people = Map.of("people", staffIds);
        List<Long> ids = jdbc.queryForList(
                "select id from outbox_message where recipient_staff_id in (:people)", people, Long.class);
        jdbc.update(
                "update outbox_message set recipient_email = null, recipient_mobile = null, body_text = '', "
                        + "body_html = '', calendar = null, last_error = null, status = case when status = :pending then :failed else status end "
                        + "where recipient_staff_id in (:people)",
                Map.of(
                        "people",
                        staffIds,
                        "pending",
                        OutboxStatus.PENDING.name(),
                        "failed",
                        OutboxStatus.FAILED.name()));
        audit.forgetDetails("OutboxMessage", ids);
        return ids.size();
    }

    /** How many messages it emptied. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forgetMessagesBefore(Instant cutoff) {
        return jdbc.update(
                "update outbox_message set recipient_email = null, recipient_mobile = null, body_text = '', "
                        + "body_html = '', calendar = null, last_error = null where status <> :pending and "
                        + "created_at < :cutoff and (body_text <> '' or recipient_email is not null or "
                        + "recipient_mobile is not null)",
                Map.of("pending", OutboxStatus.PENDING.name(), "cutoff", Timestamp.from(cutoff)));
    }
}
