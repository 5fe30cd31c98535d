package uk.nhs.smartcardportal.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.nhs.smartcardportal.base.AbstractEntity;

/** An e-mail written in the same transaction as the change it tells about, delivered later by the sender. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends AbstractEntity {

    static final int ERROR_MAX = 500;

    @Column(name = "recipient_staff_id")
    private Long recipientStaffId;

    @Column(name = "recipient_email", length = 200)
    private String recipientEmail;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "body_text", nullable = false, columnDefinition = "TEXT")
    private String bodyText;

    @Column(name = "body_html", nullable = false, columnDefinition = "TEXT")
    private String bodyHtml;

    @Column(columnDefinition = "TEXT")
    private String calendar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {}

    OutboxMessage(OutgoingMessage message, String recipientEmail, Instant now) {
        this.recipientStaffId = message.recipientStaffId();
        this.recipientEmail = recipientEmail;
        this.kind = message.kind();
        this.subject = message.subject();
        this.bodyText = message.text();
        this.bodyHtml = message.html();
        this.calendar = message.calendar();
        this.createdAt = now;
        this.nextAttemptAt = now;
        if (recipientEmail == null) {
            this.status = OutboxStatus.FAILED;
            this.lastError = "No work e-mail address on the staff record";
        }
    }

    void sent(Instant at) {
        status = OutboxStatus.SENT;
        sentAt = at;
        attempts++;
        lastError = null;
    }

    /** Counts a failed attempt: tries again later, waiting longer each time, until the last attempt. */
    void failed(String error, Instant now, int maxAttempts) {
        attempts++;
        lastError =
                error == null ? "Unknown error" : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        if (attempts >= maxAttempts) {
            status = OutboxStatus.FAILED;
        } else {
            long minutes = Math.min(360, 1L << Math.min(attempts - 1, 9));
            nextAttemptAt = now.plusSeconds(minutes * 60);
        }
    }

    void retryNow(Instant now) {
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getCalendar() {
        return calendar;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
