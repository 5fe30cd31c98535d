package uk.nhs.smartcardportal.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.LikePattern;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;
import uk.nhs.smartcardportal.staff.UkMobile;

/**
 * The outbox of e-mails and texts. A message is queued in the same transaction as the change it tells about, so there is never one
 * without the other; the sender delivers due messages, retrying with growing waits, and gives up after
 * {@link #MAX_ATTEMPTS} attempts.
 */
@Service
public class OutboxService {

    public static final int MAX_ATTEMPTS = 8;
    private static final int BATCH = 50;
    private static final int RECEIPTS_BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(OutboxService.class);

    private final OutboxRepository outbox;
    private final StaffService staff;
    private final SmtpCarrier smtp;
    private final NotifyCarrier notifyCarrier;
    private final NotifyProperties notify;
    private final MessagePreferenceService preferences;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    OutboxService(
            OutboxRepository outbox,
            StaffService staff,
            SmtpCarrier smtp,
            NotifyCarrier notifyCarrier,
            NotifyProperties notify,
            MessagePreferenceService preferences,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock) {
        this.outbox = outbox;
        this.staff = staff;
        this.smtp = smtp;
        this.notifyCarrier = notifyCarrier;
        this.notify = notify;
        this.preferences = preferences;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Queues a message inside the caller's transaction, and its text too when it has one, texts are on, the person
     * has a UK mobile and has not turned texts off.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void enqueue(OutgoingMessage message) {
        Instant now = clock.instant();
        Staff person = message.recipientStaffId() == null
                ? null
                : staff.find(message.recipientStaffId()).orElse(null);
        String email =
                person == null ? message.mailbox() : person.emailAddressOn(LocalDate.now(clock.withZone(UkTime.ZONE)));
        outbox.save(new OutboxMessage(message, email, now));
        if (message.sms() != null && person != null && notify.textsOn() && preferences.textsWanted(person.getId())) {
            String mobile = person.getMobile() == null
                    ? null
                    : UkMobile.normalise(person.getMobile()).orElse(null);
            if (mobile != null) {
                outbox.save(OutboxMessage.text(message, mobile, now));
            }
        }
    }

    /**
     * Sends the messages due now; returns how many were sent. Safe to run on several instances at once: each row is
     * locked by the sender that takes it, and the others skip it.
     */
    @Transactional
    public int deliverDue() {
        int sent = 0;
        for (OutboxMessage message : outbox.lockDue(clock.instant(), BATCH)) {
            try {
                message.sent(clock.instant(), deliver(message));
                sent++;
            } catch (DeliveryFailure e) {
                if (e.isPermanent()) {
                    message.failedForGood(e.getMessage());
                } else {
                    message.failed(e.getMessage(), clock.instant(), MAX_ATTEMPTS);
                }
                log.warn(
                        "{} {} not delivered (attempt {}{}): {}",
                        message.getChannel() == Channel.SMS ? "Text" : "E-mail",
                        message.getId(),
                        message.getAttempts(),
                        e.isPermanent() ? ", not tried again" : "",
                        e.getMessage());
            }
        }
        return sent;
    }

    /**
     * Asks GOV.UK Notify what became of the messages it accepted in the last 3 days (at most once every 10 minutes
     * each), so that one that never reached the person shows as failed; returns how many failed.
     */
    @Transactional
    public int checkDeliveries() {
        if (!notifyCarrier.on()) {
            return 0;
        }
        Instant now = clock.instant();
        int failed = 0;
        for (OutboxMessage message : outbox.lockAwaitingReceipt(
                now.minus(java.time.Duration.ofDays(3)), now.minus(java.time.Duration.ofMinutes(10)), RECEIPTS_BATCH)) {
            try {
                message.deliveryReported(notifyCarrier.statusOf(message.getProviderId()), now);
                if (message.getStatus() == OutboxStatus.FAILED) {
                    failed++;
                    log.warn("{} {} not delivered: {}", message.getChannel(), message.getId(), message.getLastError());
                }
            } catch (DeliveryFailure e) {
                message.deliveryUnknown(now);
            }
        }
        return failed;
    }

    /** Returns GOV.UK Notify's id for the message, or null when it went by SMTP. */
    private String deliver(OutboxMessage message) throws DeliveryFailure {
        if (message.getChannel() == Channel.SMS) {
            return notifyCarrier.sendText(message);
        }
        if (notify.emailThroughNotify()) {
            return notifyCarrier.sendEmail(message);
        }
        smtp.send(message);
        return null;
    }

    /** Queues a failed message again, for the Workforce Systems Team. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void resend(long messageId) {
        OutboxMessage message =
                outbox.findById(messageId).orElseThrow(() -> new RecordNotFoundException("The message"));
        if (message.getStatus() != OutboxStatus.FAILED) {
            throw new RuleViolationException("Only messages that failed can be sent again.");
        }
        if (message.getRecipient() == null) {
            throw new RuleViolationException(
                    "This person has no e-mail address: add it to their staff record " + "first.");
        }
        message.retryNow(clock.instant());
        audit.record(
                message.getChannel() == Channel.SMS ? "TEXT_RESENT" : "EMAIL_RESENT",
                "OutboxMessage",
                messageId,
                Map.of("status", "FAILED"),
                Map.of("status", "PENDING"));
    }

    /** The outbox for the Workforce Systems Team: by status and recipient, subject or kind, newest first. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<OutboxMessage> outbox(OutboxStatus status, String text, org.springframework.data.domain.Pageable page) {
        return outbox.filtered(
                status,
                LikePattern.containing(text),
                org.springframework.data.domain.PageRequest.of(page.getPageNumber(), page.getPageSize()));
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public long countOutbox(OutboxStatus status, String text) {
        return outbox.countFiltered(status, LikePattern.containing(text));
    }

    /** The signed-in person's latest 100 messages, newest first. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public List<OutboxMessage> myMessages() {
        return outbox.findTop100ByRecipientStaffIdOrderByCreatedAtDescIdDesc(currentUser.requireStaffId());
    }
}
