package uk.nhs.smartcardportal.cards;

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
import uk.nhs.smartcardportal.staff.Staff;

/** Why a person needs a card, who asked and when, and what became of the request. */
@Entity
@Table(name = "card_request")
public class CardRequest extends AbstractEntity {

    public static final int REASON_TEXT_MAX = 300;
    public static final int NOTE_MAX = Decision.NOTE_MAX;
    /** The fields of a request, as refusals name them. */
    public static final String REASON = "reason";

    public static final String REASON_TEXT = "reasonText";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestReason reason;

    @Column(name = "reason_text", length = REASON_TEXT_MAX)
    private String reasonText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status = RequestStatus.OPEN;

    @Column(name = "requested_by_staff_id")
    private Long requestedByStaffId;

    @Column(name = "requested_by_name", nullable = false, length = 200)
    private String requestedByName;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Embedded
    private Decision decision;

    protected CardRequest() {}

    public CardRequest(
            Staff staff,
            RequestReason reason,
            String reasonText,
            RequestOrigin origin,
            Long requestedByStaffId,
            String requestedByName,
            Instant requestedAt) {
        this.staff = staff;
        this.reason = reason;
        this.reasonText = reasonText;
        this.origin = origin;
        this.requestedByStaffId = requestedByStaffId;
        this.requestedByName = requestedByName;
        this.requestedAt = requestedAt;
    }

    public Staff getStaff() {
        return staff;
    }

    public RequestReason getReason() {
        return reason;
    }

    public String getReasonText() {
        return reasonText;
    }

    public RequestOrigin getOrigin() {
        return origin;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public Long getRequestedByStaffId() {
        return requestedByStaffId;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecisionNote() {
        return decision == null ? null : decision.note();
    }

    /** Records the decision on the request: who decided, when, and the note to the person. */
    public void decide(RequestStatus outcome, String decidedBy, String note, Instant at) {
        this.status = outcome;
        this.decision = new Decision(decidedBy, note, at);
    }
}
