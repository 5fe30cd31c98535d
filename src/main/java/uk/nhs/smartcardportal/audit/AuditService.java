package uk.nhs.smartcardportal.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.smartcardportal.base.PortalPrincipal;
import uk.nhs.smartcardportal.base.Roles;

/** The one way state changes are written to the audit trail, and the way WORKFORCE reads it. */
@Service
public class AuditService {

    static final String SYSTEM_ACTOR = "System";

    private final AuditEventRepository events;
    private final Clock clock;
    private final JsonMapper json;

    AuditService(AuditEventRepository events, Clock clock, JsonMapper json) {
        this.events = events;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Records a change inside the caller's transaction, so the change and its audit event commit or roll back
     * together. The actor is the signed-in person, or "System" for scheduled work.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, Map<String, ?> before, Map<String, ?> after) {
        recordAs(currentActor(), action, entityType, entityId, before, after);
    }

    /**
     * As {@link #record}, for the moments the actor is known but not yet, or no longer, the signed-in person: a
     * sign-in as it completes, a sign-out, a session ended. A null actor is "System".
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(
            PortalPrincipal actor,
            String action,
            String entityType,
            Object entityId,
            Map<String, ?> before,
            Map<String, ?> after) {
        events.save(new AuditEvent(
                clock.instant(),
                actor == null ? null : actor.staffId(),
                truncate(actor == null ? SYSTEM_ACTOR : actor.displayName(), AuditEvent.ACTOR_NAME_MAX),
                action,
                entityType,
                entityId == null ? null : entityId.toString(),
                toJson(before),
                toJson(after)));
    }

    /**
     * Keeps what happened to these records (action, time, actor's id) but no longer who or what beyond ids: the
     * recorded values and actor names go. For the retention job, inside its transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forgetDetails(String entityType, Collection<?> entityIds) {
        if (entityIds.isEmpty()) {
            return 0;
        }
        return events.forgetDetails(
                entityType, entityIds.stream().map(Object::toString).toList());
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<AuditEvent> page(AuditFilter filter, Pageable pageable) {
        return events.findBy(AuditSpecifications.matching(filter), query -> query.slice(pageable))
                .getContent();
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return events.count(AuditSpecifications.matching(filter));
    }

    /** The audit history of one thing, newest first. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<AuditEvent> historyOf(String entityType, Object entityId) {
        return events.findAll(
                AuditSpecifications.matching(new AuditFilter(null, null, entityType, entityId.toString(), null, null)),
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
    }

    private static PortalPrincipal currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return principal;
        }
        return null;
    }

    private String toJson(Map<String, ?> values) {
        return values == null || values.isEmpty() ? null : json.writeValueAsString(values);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
