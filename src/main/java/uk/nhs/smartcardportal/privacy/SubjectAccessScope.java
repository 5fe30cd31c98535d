package uk.nhs.smartcardportal.privacy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a subject access export holds, table by table, chosen on purpose and kept in this one place.
 * {@code SubjectAccessScopeTest} checks it against the schema, so a new table or a new column that names a person fails
 * the build until it is placed here.
 *
 * <p>What the portal holds <em>about</em> the person is exported in full. What they <em>did</em> to other people's
 * records is exported as the fact of it (kind, time, ids), never the other person's values: a recruiter's file must
 * not hold the starters they imported.
 */
final class SubjectAccessScope {

    enum Relation {
        ABOUT_THEM,
        WHAT_THEY_DID
    }

    /**
     * Rows of one table. {@code link} is the column that ties a row to the person; {@code where} selects the rows with
     * the person's id as {@code :id} (and as text, {@code :idText}, for the audit trail's entity ids).
     */
    record Part(Relation relation, String table, String link, List<String> columns, String where) {

        String sql() {
            return "select "
                    + columns.stream().map(column -> "`" + column + "`").collect(Collectors.joining(", ")) + " from `"
                    + table + "` where " + where + " order by `" + columns.getFirst() + "`";
        }
    }

    private static final String THEIR_CARDS = "select id from smartcard where staff_id = :id";

    static final List<Part> PARTS = List.of(
            about(
                    "staff",
                    "id",
                    "id = :id",
                    "id",
                    "version",
                    "employee_number",
                    "first_name",
                    "last_name",
                    "work_email",
                    "job_title",
                    "staff_group",
                    "department",
                    "start_date",
                    "base_site_id",
                    "line_manager_id",
                    "idp_subject",
                    "smartcard_need",
                    "origin",
                    "leaving_date",
                    "leaving_to",
                    "record_ended_at",
                    "anonymised_at",
                    "need_asked_at",
                    "need_reminded_at",
                    "personal_email",
                    "mobile",
                    "missing_from_staff_list_since"),
            about(
                    "staff_move",
                    "staff_id",
                    "staff_id = :id",
                    "id",
                    "version",
                    "staff_id",
                    "effective_date",
                    "line_manager_id",
                    "base_site_id",
                    "staff_group",
                    "applied_at"),
            about(
                    "compliance_record",
                    "staff_id",
                    "staff_id = :id",
                    "staff_id",
                    "version",
                    "employer_ods_code",
                    "right_to_work_checked_on",
                    "dbs_level",
                    "dbs_checked_on",
                    "occupational_health_cleared_on",
                    "updated_at"),
            about(
                    "training_record",
                    "staff_id",
                    "staff_id = :id",
                    "subject_code",
                    "staff_id",
                    "completed_on",
                    "expires_on"),
            about(
                    "passport_status",
                    "staff_id",
                    "staff_id = :id",
                    "staff_id",
                    "outcome",
                    "to_do",
                    "warnings",
                    "next_expiry",
                    "assessed_on"),
            about(
                    "message_preference",
                    "staff_id",
                    "staff_id = :id",
                    "staff_id",
                    "session_reminders",
                    "updated_at",
                    "team_digest",
                    "texts"),
            about("team_digest", "staff_id", "staff_id = :id", "staff_id", "week_of", "sent_at"),
            about(
                    "card_ask",
                    "staff_id",
                    "staff_id = :id",
                    "id",
                    "version",
                    "staff_id",
                    "manager_staff_id",
                    "reason",
                    "reason_text",
                    "asked_at",
                    "status",
                    "card_id",
                    "decided_at",
                    "decided_by_name",
                    "decision_note"),
            about(
                    "role_grant",
                    "staff_id",
                    "staff_id = :id",
                    "id",
                    "staff_id",
                    "role",
                    "granted_by",
                    "granted_at",
                    "ends_on",
                    "reason"),
            about("provider_roles", "staff_id", "staff_id = :id", "staff_id", "roles", "seen_at"),
            about("portal_milestone", "staff_id", "staff_id = :id", "name", "reached_at", "staff_id"),
            about(
                    "card_request",
                    "staff_id",
                    "staff_id = :id",
                    "id",
                    "version",
                    "staff_id",
                    "reason",
                    "reason_text",
                    "origin",
                    "status",
                    "requested_by_staff_id",
                    "requested_by_name",
                    "requested_at",
                    "decided_at",
                    "decided_by_name",
                    "decision_note",
                    "anonymised_at"),
            about(
                    "smartcard",
                    "staff_id",
                    "staff_id = :id",
                    "id",
                    "version",
                    "request_id",
                    "staff_id",
                    "serial",
                    "status",
                    "collection_site_id",
                    "session_id",
                    "custody_kind",
                    "custody_site_id",
                    "custody_session_id",
                    "replaces_card_id",
                    "status_changed_at",
                    "reminded_session_id",
                    "printed_at",
                    "held_by_trust",
                    "waiting_for_session",
                    "anonymised_at",
                    "leaver_outcome",
                    "issued_on",
                    "certificate_expires_on",
                    "renewal_reminded_90_at",
                    "renewal_reminded_30_at"),
            about(
                    "card_transition",
                    "card_id",
                    "card_id in (" + THEIR_CARDS + ")",
                    "id",
                    "card_id",
                    "from_status",
                    "to_status",
                    "occurred_at",
                    "actor_staff_id",
                    "actor_name",
                    "custody_kind",
                    "custody_site_id",
                    "custody_session_id",
                    "note"),
            about(
                    "site_change_request",
                    "staff_id",
                    "staff_id = :id",
                    "id",
                    "version",
                    "card_id",
                    "staff_id",
                    "from_site_id",
                    "to_site_id",
                    "reason",
                    "status",
                    "requested_at",
                    "decided_at",
                    "decided_by_name",
                    "decision_note"),
            about(
                    "collection_session",
                    "id",
                    "id in (select session_id from smartcard where staff_id = :id)",
                    "id",
                    "site_id",
                    "room",
                    "starts_at",
                    "ends_at",
                    "status",
                    "cancelled_reason"),
            about(
                    "outbox_message",
                    "recipient_staff_id",
                    "recipient_staff_id = :id",
                    "id",
                    "version",
                    "recipient_staff_id",
                    "recipient_email",
                    "channel",
                    "recipient_mobile",
                    "provider_id",
                    "delivery_status",
                    "delivery_checked_at",
                    "kind",
                    "subject",
                    "body_text",
                    "body_html",
                    "calendar",
                    "status",
                    "attempts",
                    "next_attempt_at",
                    "last_error",
                    "created_at",
                    "sent_at"),
            about(
                    "audit_event",
                    "entity_id",
                    "(entity_type = 'Staff' and entity_id = :idText)"
                            + " or (entity_type = 'Smartcard' and entity_id in (:cardIds))"
                            + " or (entity_type = 'CardRequest' and entity_id in (:requestIds))"
                            + " or (entity_type = 'SiteChangeRequest' and entity_id in (:siteChangeIds))"
                            + " or (entity_type = 'OutboxMessage' and entity_id in (:messageIds))",
                    "id",
                    "occurred_at",
                    "actor_staff_id",
                    "actor_name",
                    "action",
                    "entity_type",
                    "entity_id",
                    "before_value",
                    "after_value"),
            didThis("audit_event", "actor_staff_id", "id", "occurred_at", "action", "entity_type", "entity_id"),
            didThis("card_transition", "actor_staff_id", "id", "card_id", "from_status", "to_status", "occurred_at"),
            didThis("stock_movement", "actor_staff_id", "id", "holding_id", "kind", "quantity", "occurred_at"),
            didThis("card_request", "requested_by_staff_id", "id", "staff_id", "origin", "requested_at"),
            didThis("card_ask", "manager_staff_id", "id", "staff_id"));

    /**
     * The ids of the person's own records, as the audit trail's text entity ids, for the audit part above. Read first
     * (a person has a handful of each) so that the audit trail is searched by its index.
     */
    static final Map<String, String> THEIR_RECORD_IDS = Map.of(
            "cardIds", THEIR_CARDS,
            "requestIds", "select id from card_request where staff_id = :id",
            "siteChangeIds", "select id from site_change_request where staff_id = :id",
            "messageIds", "select id from outbox_message where recipient_staff_id = :id");

    /** Columns of a table about the person that are left out on purpose, and why. */
    static final Map<String, String> WITHHELD = Map.of(
            "smartcard.live_for_staff_id", "a copy of staff_id kept for a database rule",
            "site_change_request.pending_for_card_id", "a copy of card_id kept for a database rule",
            "collection_session.version", "internal",
            "collection_session.capacity", "about the session, not the person",
            "collection_session.facilitators", "colleagues' names: other people's data",
            "collection_session.notes", "the team's notes about the session, which may name others",
            "collection_session.series_id", "internal",
            "collection_session.status_changed_at", "about the session, not the person",
            "collection_session.cards_booked", "a total of everyone's bookings, kept by the database");

    /** Columns that hold a person's id but do not make the row about them or done by them, and why. */
    static final Map<String, String> NOT_LINKS = Map.of(
            "staff.line_manager_id", "their reports' records are about the reports, not the manager",
            "staff_move.line_manager_id", "a report's move is about the report, not the manager",
            "smartcard.live_for_staff_id", "a copy of staff_id kept for a database rule");

    /** Tables about no one person, and why they are left out. */
    static final Map<String, String> NOT_ABOUT_ANYONE = Map.ofEntries(
            Map.entry("site", "the trust's sites"),
            Map.entry("site_room", "rooms of the sites"),
            Map.entry("faq_entry", "the FAQ"),
            Map.entry("stock_item", "kinds of card stock"),
            Map.entry("stock_holding", "stock levels at sites"),
            Map.entry("passport_agreement", "agreements between organisations"),
            Map.entry("passport_agreement_group", "staff groups an agreement covers"),
            Map.entry("passport_agreement_member", "organisations in an agreement"),
            Map.entry("training_subject", "the training subjects"),
            Map.entry("training_subject_group", "staff groups a training subject applies to"),
            Map.entry("card_total", "cards counted per status, kept by the database"),
            Map.entry("passport_outcome_total", "people counted per passport outcome, kept by the database"),
            Map.entry("session_day_total", "places and bookings counted per site and day, kept by the database"),
            Map.entry("databasechangelog", "Liquibase's record of migrations"),
            Map.entry("databasechangeloglock", "Liquibase's lock"));

    private SubjectAccessScope() {}

    private static Part about(String table, String link, String where, String... columns) {
        return new Part(Relation.ABOUT_THEM, table, link, List.of(columns), where);
    }

    private static Part didThis(String table, String actorColumn, String... columns) {
        return new Part(Relation.WHAT_THEY_DID, table, actorColumn, List.of(columns), actorColumn + " = :id");
    }
}
