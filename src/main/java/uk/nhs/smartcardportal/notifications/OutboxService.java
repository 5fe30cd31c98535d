package uk.nhs.smartcardportal.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.LikePattern;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * The e-mail outbox. A message is queued in the same transaction as the change it tells about, so there is never one
 * without the other; the sender delivers due messages, retrying with growing waits, and gives up after
 * {@link #MAX_ATTEMPTS} attempts.
 */
@Service
public class OutboxService {

    public static final int MAX_ATTEMPTS = 8;
    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(OutboxService.class);

    private final OutboxRepository outbox;
    private final StaffService staff;
    private final JavaMailSender mail;
    private final PortalProperties portal;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    OutboxService(
            OutboxRepository outbox,
            StaffService staff,
            JavaMailSender mail,
            PortalProperties portal,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock) {
        this.outbox = outbox;
        this.staff = staff;
        this.mail = mail;
        this.portal = portal;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Queues a message inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void enqueue(OutgoingMessage message) {
        String email = message.recipientStaffId() == null
                ? message.mailbox()
                : staff.find(message.recipientStaffId())
                        .map(person -> person.emailAddressOn(LocalDate.now(clock.withZone(UkTime.ZONE))))
                        .orElse(null);
        outbox.save(new OutboxMessage(message, email, clock.instant()));
    }

    /** Sends the messages due now; returns how many were sent. Safe to run on several instances at once. */
    @Transactional
    public int deliverDue() {
        int sent = 0;
        for (OutboxMessage message : outbox.lockDue(clock.instant(), BATCH)) {
            try {
                mail.send(toMime(message));
                message.sent(clock.instant());
                sent++;
            } catch (MailException | MessagingException e) {
                message.failed(e.getMessage(), clock.instant(), MAX_ATTEMPTS);
                log.warn(
                        "E-mail {} not delivered (attempt {}): {}",
                        message.getId(),
                        message.getAttempts(),
                        e.getMessage());
            }
        }
        return sent;
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
        if (message.getRecipientEmail() == null) {
            throw new RuleViolationException(
                    "This person has no work e-mail address: add it to their staff record " + "first.");
        }
        message.retryNow(clock.instant());
        audit.record(
                "EMAIL_RESENT", "OutboxMessage", messageId, Map.of("status", "FAILED"), Map.of("status", "PENDING"));
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

    private MimeMessage toMime(OutboxMessage message) throws MessagingException {
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        helper.setFrom(portal.mailFrom());
        helper.setTo(message.getRecipientEmail());
        helper.setSubject(message.getSubject());
        helper.setText(message.getBodyText(), message.getBodyHtml());
        if (message.getCalendar() != null) {
            helper.addAttachment(
                    "collection-session.ics",
                    new ByteArrayResource(message.getCalendar().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8");
        }
        return mime;
    }
}
