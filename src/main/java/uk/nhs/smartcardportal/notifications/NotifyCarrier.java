package uk.nhs.smartcardportal.notifications;

import java.util.Map;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Sends through GOV.UK Notify with its official client. Notify refuses a request it can never accept (a number that
 * is not a mobile, a recipient a trial service may not reach, a missing template field) with status 400: those fail
 * for good. A bad key (403), its rate and daily limits (429), its own faults (500) and a network that fails are tried
 * again later, with growing waits.
 */
@Component
class NotifyCarrier {

    private static final Logger log = LoggerFactory.getLogger(NotifyCarrier.class);

    private final NotifyProperties settings;
    private final NotificationClient client;

    NotifyCarrier(NotifyProperties settings) {
        settings.check();
        this.settings = settings;
        this.client = settings.on() ? new NotificationClient(settings.apiKey().strip(), settings.baseUrl()) : null;
        if (settings.on() && !settings.textsOn()) {
            log.warn("GOV.UK Notify has an API key but no PORTAL_NOTIFY_SMS_TEMPLATE_ID: no text messages are sent");
        }
    }

    /** Sends a text; returns Notify's id for it. */
    String sendText(OutboxMessage message) throws DeliveryFailure {
        if (!settings.textsOn()) {
            throw new DeliveryFailure(
                    "Text messages are not set up: PORTAL_NOTIFY_API_KEY and "
                            + "PORTAL_NOTIFY_SMS_TEMPLATE_ID are needed.",
                    false);
        }
        try {
            return client.sendSms(
                            settings.smsTemplateId().strip(),
                            message.getRecipientMobile(),
                            Map.of("body", message.getBodyText()),
                            reference(message),
                            settings.smsSenderId().strip())
                    .getNotificationId()
                    .toString();
        } catch (NotificationClientException e) {
            throw failure(e);
        }
    }

    /** Sends an e-mail's plain text through Notify (which lays it out itself); returns Notify's id for it. */
    String sendEmail(OutboxMessage message) throws DeliveryFailure {
        try {
            return client.sendEmail(
                            settings.emailTemplateId().strip(),
                            message.getRecipientEmail(),
                            Map.of("subject", message.getSubject(), "body", message.getBodyText()),
                            reference(message),
                            settings.emailReplyToId().strip())
                    .getNotificationId()
                    .toString();
        } catch (NotificationClientException e) {
            throw failure(e);
        }
    }

    /** Notify's status for a notification it accepted, such as "delivered" or "permanent-failure". */
    String statusOf(String notificationId) throws DeliveryFailure {
        if (client == null) {
            throw new DeliveryFailure("GOV.UK Notify is not set up", false);
        }
        try {
            return client.getNotificationById(notificationId).getStatus();
        } catch (NotificationClientException e) {
            throw failure(e);
        }
    }

    boolean on() {
        return client != null;
    }

    /** Our id, which Notify keeps with its own, so either finds the other. */
    private static String reference(OutboxMessage message) {
        return "outbox-" + message.getId();
    }

    private static DeliveryFailure failure(NotificationClientException e) {
        int status = e.getHttpResult();
        String said = notifySaid(e.getMessage());
        if (status == 0) {
            return new DeliveryFailure("GOV.UK Notify could not be reached: " + rootCause(e), false);
        }
        return new DeliveryFailure("GOV.UK Notify answered " + status + ": " + said, status == 400);
    }

    /** Notify's error list ("status_code", "errors": [{"error", "message"}]) as one line, or its raw answer. */
    static String notifySaid(String exceptionMessage) {
        if (exceptionMessage == null) {
            return "no reason given";
        }
        int json = exceptionMessage.indexOf('{');
        if (json < 0) {
            return exceptionMessage;
        }
        try {
            JSONArray errors = new JSONObject(exceptionMessage.substring(json)).getJSONArray("errors");
            StringBuilder said = new StringBuilder();
            for (int i = 0; i < errors.length(); i++) {
                JSONObject error = errors.getJSONObject(i);
                if (!said.isEmpty()) {
                    said.append("; ");
                }
                said.append(error.optString("error")).append(": ").append(error.optString("message"));
            }
            return said.toString();
        } catch (JSONException notTheirShape) {
            return exceptionMessage;
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }
}
