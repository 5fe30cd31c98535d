package uk.nhs.smartcardportal.cards;

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
 * Removes the personal details of cards and requests whose story ended before a cut-off: free-text reasons and
 * notes, and the names of who asked, decided or moved them. What happened, when, and the ids stay, so counts,
 * custody history and the audit trail still add up. Each record is done once.
 */
@Component
public class CardRetention {

    /** A card in one of these has reached the end of the portal's part in its story. */
    static final List<String> FINISHED_CARDS =
            CardStatus.finished().stream().map(CardStatus::name).toList();

    static final List<String> FINISHED_REQUESTS =
            List.of(RequestStatus.DECLINED.name(), RequestStatus.WITHDRAWN.name());

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditService audit;

    CardRetention(NamedParameterJdbcTemplate jdbc, AuditService audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Up to {@code batch} cards finished before the cut-off, with their requests and site changes; how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int anonymiseFinishedCards(Instant cutoff, Instant now, int batch) {
        List<Map<String, Object>> cards = jdbc.queryForList(
                "select id, request_id from smartcard "
                        + "where anonymised_at is null and status in (:finished) and status_changed_at < :cutoff "
                        + "order by id limit :batch",
                Map.of("finished", FINISHED_CARDS, "cutoff", Timestamp.from(cutoff), "batch", batch));
        if (cards.isEmpty()) {
            return 0;
        }
        anonymise(cards, now);
        return cards.size();
    }

    /**
     * Every card and request of these people (leavers whose time is up), whatever their state, and the names they
     * left as the one who asked for or moved others' cards; how many cards.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int anonymiseCardsOf(Collection<Long> staffIds, Instant now) {
        if (staffIds.isEmpty()) {
            return 0;
        }
        Map<String, Object> people = Map.of("people", staffIds);
        List<Map<String, Object>> cards = jdbc.queryForList(
                "select id, request_id from smartcard where anonymised_at is null and staff_id in (:people)", people);
        anonymise(cards, now);
        anonymiseRequests(
                jdbc.queryForList(
                        "select id from card_request where anonymised_at is null and staff_id in (:people)",
                        people,
                        Long.class),
                now);
        jdbc.update("update card_request set requested_by_name = '' where requested_by_staff_id in (:people)", people);
        jdbc.update("update card_transition set actor_name = '' where actor_staff_id in (:people)", people);
        return cards.size();
    }

    private void anonymise(List<Map<String, Object>> cards, Instant now) {
        if (cards.isEmpty()) {
            return;
        }
        List<Long> cardIds =
                cards.stream().map(row -> ((Number) row.get("id")).longValue()).toList();
        List<Long> requestIds = cards.stream()
                .map(row -> ((Number) row.get("request_id")).longValue())
                .toList();
        Map<String, Object> ids = Map.of("ids", cardIds, "now", Timestamp.from(now));
        jdbc.update("update card_transition set note = null, actor_name = '' where card_id in (:ids)", ids);
        List<Long> siteChangeIds =
                jdbc.queryForList("select id from site_change_request where card_id in (:ids)", ids, Long.class);
        jdbc.update(
                "update site_change_request set reason = null, decided_by_name = null, decision_note = null "
                        + "where card_id in (:ids)",
                ids);
        jdbc.update("update smartcard set anonymised_at = :now where id in (:ids)", ids);
        anonymiseRequests(requestIds, now);
        audit.forgetDetails("Smartcard", cardIds);
        audit.forgetDetails("SiteChangeRequest", siteChangeIds);
    }

    /** Up to {@code batch} requests declined or withdrawn before the cut-off that no card carried on; how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int anonymiseFinishedRequests(Instant cutoff, Instant now, int batch) {
        List<Long> requestIds = jdbc.queryForList(
                "select r.id from card_request r where r.anonymised_at is null "
                        + "and r.status in (:finished) and r.decided_at < :cutoff and not exists (select 1 from smartcard c "
                        + "where c.request_id = r.id and c.anonymised_at is null) order by r.id limit :batch",
                Map.of("finished", FINISHED_REQUESTS, "cutoff", Timestamp.from(cutoff), "batch", batch),
                Long.class);
        anonymiseRequests(requestIds, now);
        return requestIds.size();
    }

    private void anonymiseRequests(List<Long> requestIds, Instant now) {
        if (requestIds.isEmpty()) {
            return;
        }
        jdbc.update(
                "update card_request set reason_text = null, requested_by_name = '', decided_by_name = null, "
                        + "decision_note = null, anonymised_at = :now where id in (:ids)",
                Map.of("ids", requestIds, "now", Timestamp.from(now)));
        audit.forgetDetails("CardRequest", requestIds);
    }
}
