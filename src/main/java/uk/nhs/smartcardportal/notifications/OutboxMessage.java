package uk.nhs.smartcardportal.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.nhs.smartcardportal.base.AbstractEntity;

/**
 * An e-mail or text message written in the same transaction as the change it tells about, delivered later by the
 * sender.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends AbstractEntity {

    static final int ERROR_MAX = 500;

    @Column(name = "recipient_staff_id")
    private Long recipientStaffId;

    @Column(name = "recipient_email", length = 200)
    private String recipientEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel = Channel.EMAIL;

    @Column(name = "recipient_mobile", length = 16)
    private String recipientMobile;

    @Column(name = "provider_id", length = 36)
    private String providerId;

    @Column(name = "delivery_status", length = 30)
    private String deliveryStatus;

    @Column(name = "delivery_checked_at")
    private Instant deliveryCheckedAt;

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

    /** A text message to the given mobile, telling the same as the e-mail it goes with. */
    static OutboxMessage text(OutgoingMessage message, String mobile, Instant now) {
        OutboxMessage text = new OutboxMessage();
        text.channel = Channel.SMS;
        text.recipientStaffId = message.recipientStaffId();
        text.recipientMobile = mobile;
        text.kind = message.kind();
        text.subject = message.subject();
        text.bodyText = message.sms();
        text.bodyHtml = "";
        text.createdAt = now;
        text.nextAttemptAt = now;
        return text;
    }

    /** Delivered, or accepted by GOV.UK Notify, which gives it an id of its own. */
    void sent(Instant at, String providerId) {
        status = OutboxStatus.SENT;
        sentAt = at;
        attempts++;
        lastError = null;
        this.providerId = providerId;
    }

    /**
     * What GOV.UK Notify says became of it. A failure to reach the person makes it failed, to be seen and resent;
     * anything else is only noted.
     */
    void deliveryReported(String notifyStatus, Instant at) {
        deliveryStatus = notifyStatus;
        deliveryCheckedAt = at;
        String why = switch (notifyStatus) {
            case "permanent-failure" -> "the number or address does not exist or cannot take messages";
            case "temporary-failure" -> "the phone was off or the inbox full for Notify's 72 hours of trying";
            case "technical-failure" -> "Notify's own provider failed";
            default -> null;
        };
        if (why != null) {
            status = OutboxStatus.FAILED;
            lastError = "GOV.UK Notify could not deliver it (" + notifyStatus + "): " + why;
        }
    }

    /** Asked Notify and had no answer; asks again later. */
    void deliveryUnknown(Instant at) {
        deliveryCheckedAt = at;
    }

    /** A failure that trying again cannot mend, such as a number that is not a mobile: not retried. */
    void failedForGood(String error) {
        attempts++;
        lastError = clip(error);
        status = OutboxStatus.FAILED;
    }

    /** Counts a failed attempt: tries again later, waiting longer each time, until the last attempt. */
    void failed(String error, Instant now, int maxAttempts) {
        attempts++;
        lastError = clip(error);
        if (attempts >= maxAttempts) {
            status = OutboxStatus.FAILED;
        } else {
            long minutes = Math.min(360, 1L << Math.min(attempts - 1, 9));
            nextAttemptAt = now.plusSeconds(minutes * 60);
        }
    }

    private static String clip(String error) {
        return error == null ? "Unknown error" : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
    }

    void retryNow(Instant now) {
        status = OutboxStatus.PENDING;
        deliveryStatus = null;
        deliveryCheckedAt = null;
        attempts = 0;
        nextAttemptAt = now;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRecipientMobile() {
        return recipientMobile;
    }

    public String getDeliveryStatus() {
        return deliveryStatus;
    }

    public String getProviderId() {
        return providerId;
    }

    /** The address or number it goes to, or null when there is none. */
    public String getRecipient() {
        return channel == Channel.SMS ? recipientMobile : recipientEmail;
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

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
