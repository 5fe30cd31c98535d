package uk.nhs.smartcardportal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change: who did what to which thing, when, with the values before and after. Never updated. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int ACTION_MAX = 60;
    public static final int ENTITY_TYPE_MAX = 60;
    public static final int ENTITY_ID_MAX = 64;
    public static final int ACTOR_NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_staff_id")
    private Long actorStaffId;

    @Column(name = "actor_name", nullable = false, length = ACTOR_NAME_MAX)
    private String actorName;

    @Column(nullable = false, length = ACTION_MAX)
    private String action;

    @Column(name = "entity_type", nullable = false, length = ENTITY_TYPE_MAX)
    private String entityType;

    @Column(name = "entity_id", length = ENTITY_ID_MAX)
    private String entityId;

    @Column(name = "before_value", columnDefinition = "TEXT")
    private String beforeValue;

    @Column(name = "after_value", columnDefinition = "TEXT")
    private String afterValue;

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            Long actorStaffId,
            String actorName,
            String action,
            String entityType,
            String entityId,
            String beforeValue,
            String afterValue) {
        this.occurredAt = occurredAt;
        this.actorStaffId = actorStaffId;
        this.actorName = actorName;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.beforeValue = beforeValue;
        this.afterValue = afterValue;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorStaffId() {
        return actorStaffId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getBeforeValue() {
        return beforeValue;
    }

    public String getAfterValue() {
        return afterValue;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditEvent event && id != null && id.equals(event.id);
    }

    @Override
    public int hashCode() {
        return AuditEvent.class.hashCode();
    }
}
