package uk.nhs.smartcardportal.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the address and the words of e-mails sent (or given up on) before a cut-off. The subject, the kind, the
 * recipient's id and the dates stay, so the outbox still shows that a message went and when.
 */
@Component
public class OutboxRetention {

    private final NamedParameterJdbcTemplate jdbc;

    OutboxRetention(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many messages it emptied. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forgetMessagesBefore(Instant cutoff) {
        return jdbc.update(
                "update outbox_message set recipient_email = null, body_text = '', body_html = '', "
                        + "calendar = null, last_error = null where status <> :pending and created_at < :cutoff "
                        + "and (body_text <> '' or recipient_email is not null)",
                Map.of("pending", OutboxStatus.PENDING.name(), "cutoff", Timestamp.from(cutoff)));
    }
}
