package uk.nhs.smartcardportal.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the stock ledger: never changed once written. */
@Entity
@Table(name = "stock_movement")
class StockMovement {

    static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "holding_id", nullable = false)
    private Long holdingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MovementKind kind;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_staff_id")
    private Long actorStaffId;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(length = NOTE_MAX)
    private String note;

    protected StockMovement() {}

    StockMovement(
            Long holdingId,
            MovementKind kind,
            int quantity,
            Instant occurredAt,
            Long actorStaffId,
            String actorName,
            String note) {
        this.holdingId = holdingId;
        this.kind = kind;
        this.quantity = quantity;
        this.occurredAt = occurredAt;
        this.actorStaffId = actorStaffId;
        this.actorName = actorName;
        this.note = note;
    }

    Long getId() {
        return id;
    }
}
