package uk.nhs.smartcardportal.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.cards.CardRetention;
import uk.nhs.smartcardportal.notifications.OutboxRetention;

/**
 * Removes a leaver's personal data once their leaving date is long enough past: the staff record keeps only what the
 * trust's figures and its record of the cards it issued need (docs/privacy.md). What happens to each table about a
 * person is said in {@link #RULES}; {@code LeaverRetentionTest} checks that list against the subject access scope,
 * so a new table about people cannot be left out.
 */
@Component
class LeaverRetention {

    /** Every table the subject access scope holds about a person, and what this does to a leaver's rows. */
    static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("staff", "name, e-mails, mobile, employee number, job, manager, sign-in and moving-to removed"),
            Map.entry("staff_move", "deleted"),
            Map.entry("compliance_record", "deleted"),
            Map.entry("training_record", "deleted"),
            Map.entry("passport_status", "deleted"),
            Map.entry("message_preference", "deleted"),
            Map.entry("team_digest", "deleted"),
            Map.entry("role_grant", "deleted"),
            Map.entry("provider_roles", "deleted"),
            Map.entry("card_ask", "deleted"),
            Map.entry("portal_milestone", "kept: which record reached a setup step, an id and a time"),
            Map.entry("card_request", "reasons in words, notes and names removed (CardRetention)"),
            Map.entry("smartcard", "kept as the trust's record of a card it issued, details removed (CardRetention)"),
            Map.entry("card_transition", "notes and actor names removed (CardRetention)"),
            Map.entry("site_change_request", "reasons, notes and names removed (CardRetention)"),
            Map.entry("collection_session", "kept: sessions are the trust's, not the person's"),
            Map.entry("outbox_message", "address and words removed (OutboxRetention)"),
            Map.entry("audit_event", "values recorded and the leaver's name as actor removed"));

    private static final List<String> DELETED = List.of(
            "staff_move",
            "compliance_record",
            "training_record",
            "passport_status",
            "message_preference",
            "team_digest",
            "role_grant",
            "provider_roles",
            "card_ask");

    private final NamedParameterJdbcTemplate jdbc;
    private final CardRetention cards;
    private final OutboxRetention outbox;
    private final AuditService audit;

    LeaverRetention(NamedParameterJdbcTemplate jdbc, CardRetention cards, OutboxRetention outbox, AuditService audit) {
        this.jdbc = jdbc;
        this.cards = cards;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Up to {@code batch} leavers whose record ended and who left before the cut-off; how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    int forgetLeavers(LocalDate leftBefore, Instant now, int batch) {
        List<Long> leavers = jdbc.queryForList(
                "select id from staff where anonymised_at is null and record_ended_at is not null "
                        + "and leaving_date < :cutoff order by id limit :batch",
                Map.of("cutoff", leftBefore, "batch", batch),
                Long.class);
        if (leavers.isEmpty()) {
            return 0;
        }
        Map<String, Object> ids = Map.of("ids", leavers, "now", Timestamp.from(now));
        for (String table : DELETED) {
            jdbc.update("delete from `" + table + "` where staff_id in (:ids)", ids);
        }
        cards.anonymiseCardsOf(leavers, now);
        outbox.forgetMessagesTo(leavers);
        jdbc.update("update stock_movement set actor_name = '' where actor_staff_id in (:ids)", ids);
        jdbc.update("update audit_event set actor_name = '' where actor_staff_id in (:ids)", ids);
        audit.forgetDetails("Staff", leavers);
        jdbc.update(
                "update staff set employee_number = concat('LEFT-', id), first_name = 'Former', "
                        + "last_name = 'member of staff', work_email = null, personal_email = null, mobile = null, job_title = null, staff_group = null, "
                        + "department = null, start_date = null, line_manager_id = null, idp_subject = null, "
                        + "leaving_to = null, anonymised_at = :now, version = version + 1 where id in (:ids)",
                ids);
        return leavers.size();
    }
}
