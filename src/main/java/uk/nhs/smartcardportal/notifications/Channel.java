package uk.nhs.smartcardportal.notifications;

/** How a message reaches a person: e-mail (SMTP or GOV.UK Notify) or a text message (GOV.UK Notify). */
public enum Channel {
    EMAIL,
    SMS
}
