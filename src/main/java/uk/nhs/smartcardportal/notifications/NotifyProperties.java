package uk.nhs.smartcardportal.notifications;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * GOV.UK Notify, for text messages and, when {@code emailVia} is {@code notify}, for e-mail too. Without an API key
 * there are no texts and e-mail goes by SMTP. Each template is one Notify template whose subject is
 * {@code ((subject))} and whose message is {@code ((body))}: the portal writes the words.
 *
 * @param apiKey          a Notify API key (PORTAL_NOTIFY_API_KEY); blank turns Notify off
 * @param baseUrl         Notify's API address (PORTAL_NOTIFY_BASE_URL)
 * @param smsTemplateId   the text message template (PORTAL_NOTIFY_SMS_TEMPLATE_ID); blank means no texts
 * @param emailTemplateId the e-mail template (PORTAL_NOTIFY_EMAIL_TEMPLATE_ID), needed when e-mail goes via Notify
 * @param smsSenderId     optional text sender id from Notify's settings (PORTAL_NOTIFY_SMS_SENDER_ID)
 * @param emailReplyToId  optional reply-to address id from Notify's settings (PORTAL_NOTIFY_EMAIL_REPLY_TO_ID)
 * @param emailVia        {@code smtp} or {@code notify} (PORTAL_EMAIL_VIA)
 */
@ConfigurationProperties("portal.notify")
public record NotifyProperties(
        @DefaultValue("") String apiKey,

        @DefaultValue("https://api.notifications.service.gov.uk")
        String baseUrl,

        @DefaultValue("") String smsTemplateId,
        @DefaultValue("") String emailTemplateId,
        @DefaultValue("") String smsSenderId,
        @DefaultValue("") String emailReplyToId,
        @DefaultValue("smtp") String emailVia) {

    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final Pattern KEY = Pattern.compile(".+-" + UUID + "-" + UUID);
    private static final Pattern TEMPLATE = Pattern.compile(UUID);

    public boolean on() {
        return !apiKey.isBlank();
    }

    /** Texts go when Notify is on and has a text template. */
    public boolean textsOn() {
        return on() && !smsTemplateId.isBlank();
    }

    public boolean emailThroughNotify() {
        return "notify".equalsIgnoreCase(emailVia.strip());
    }

    /** Refuses settings that would fail every message, at start rather than at the first send. */
    void check() {
        String via = emailVia.strip().toLowerCase(java.util.Locale.ROOT);
        if (!via.equals("smtp") && !via.equals("notify")) {
            throw new IllegalStateException("PORTAL_EMAIL_VIA must be smtp or notify, not '" + emailVia + "'.");
        }
        if (on() && !KEY.matcher(apiKey.strip()).matches()) {
            throw new IllegalStateException("PORTAL_NOTIFY_API_KEY is not a GOV.UK Notify API key: copy the whole "
                    + "key from Notify's API integration page (name-serviceid-secret).");
        }
        if (!smsTemplateId.isBlank() && !TEMPLATE.matcher(smsTemplateId.strip()).matches()) {
            throw new IllegalStateException("PORTAL_NOTIFY_SMS_TEMPLATE_ID must be a template's id (a UUID).");
        }
        if (!emailTemplateId.isBlank()
                && !TEMPLATE.matcher(emailTemplateId.strip()).matches()) {
            throw new IllegalStateException("PORTAL_NOTIFY_EMAIL_TEMPLATE_ID must be a template's id (a UUID).");
        }
        if (emailThroughNotify() && (!on() || emailTemplateId.isBlank())) {
            throw new IllegalStateException(
                    "PORTAL_EMAIL_VIA=notify needs PORTAL_NOTIFY_API_KEY and " + "PORTAL_NOTIFY_EMAIL_TEMPLATE_ID.");
        }
    }
}
