package uk.nhs.smartcardportal.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.base.PortalProperties;

/** Sends an e-mail by SMTP, as plain text and HTML, with its calendar file attached. */
@Component
class SmtpCarrier {

    private final JavaMailSender mail;
    private final PortalProperties portal;

    SmtpCarrier(JavaMailSender mail, PortalProperties portal) {
        this.mail = mail;
        this.portal = portal;
    }

    void send(OutboxMessage message) throws DeliveryFailure {
        try {
            mail.send(toMime(message));
        } catch (MailException | MessagingException e) {
            throw new DeliveryFailure(e.getMessage(), false);
        }
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
