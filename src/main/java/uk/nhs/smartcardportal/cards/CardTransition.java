package uk.nhs.smartcardportal.cards;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a card's history: the status it moved to, where it was then, when, and who moved it. */
@Entity
@Table(name = "card_transition")
public class CardTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "card_id", nullable = false)
    private Long cardId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private CardStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private CardStatus toStatus;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_staff_id")
    private Long actorStaffId;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Embedded
    private Custody custody;

    @Column(length = 500)
    private String note;

    protected CardTransition() {}

    CardTransition(
            Long cardId,
            CardStatus fromStatus,
            CardStatus toStatus,
            Instant occurredAt,
            Long actorStaffId,
            String actorName,
            Custody custody,
            String note) {
        this.cardId = cardId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.occurredAt = occurredAt;
        this.actorStaffId = actorStaffId;
        this.actorName = actorName;
        this.custody = custody;
        this.note = note;
    }

    public CardStatus getFromStatus() {
        return fromStatus;
    }

    public CardStatus getToStatus() {
        return toStatus;
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

    public Custody getCustody() {
        return custody;
    }

    public String getNote() {
        return note;
    }
}
