package uk.nhs.smartcardportal.cards.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.nhs.smartcardportal.base.AbstractEntity;
import uk.nhs.smartcardportal.base.Decision;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.staff.Staff;

/** A person's own ask for a card after their role changed, waiting for their manager to confirm or decline it. */
@Entity
@Table(name = "card_ask")
class CardAsk extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    @Column(name = "manager_staff_id", nullable = false)
    private long managerStaffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestReason reason;

    @Column(name = "reason_text", length = 300)
    private String reasonText;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CardAskStatus status = CardAskStatus.OPEN;

    @Column(name = "card_id")
    private Long cardId;

    @Embedded
    private Decision decision;

    protected CardAsk() {}

    CardAsk(Staff staff, long managerStaffId, RequestReason reason, String reasonText, Instant askedAt) {
        this.staff = staff;
        this.managerStaffId = managerStaffId;
        this.reason = reason;
        this.reasonText = reasonText;
        this.askedAt = askedAt;
    }

    void confirm(long cardId, String byName, Instant at) {
        this.status = CardAskStatus.CONFIRMED;
        this.cardId = cardId;
        this.decision = new Decision(byName, null, at);
    }

    void decline(String byName, String note, Instant at) {
        this.status = CardAskStatus.DECLINED;
        this.decision = new Decision(byName, note, at);
    }

    void withdraw(String byName, Instant at) {
        this.status = CardAskStatus.WITHDRAWN;
        this.decision = new Decision(byName, null, at);
    }

    Staff getStaff() {
        return staff;
    }

    long getManagerStaffId() {
        return managerStaffId;
    }

    RequestReason getReason() {
        return reason;
    }

    String getReasonText() {
        return reasonText;
    }

    Instant getAskedAt() {
        return askedAt;
    }

    CardAskStatus getStatus() {
        return status;
    }
}
