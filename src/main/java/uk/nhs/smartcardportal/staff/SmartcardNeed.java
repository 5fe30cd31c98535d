package uk.nhs.smartcardportal.staff;

/** Whether a person's role needs an NHS Smartcard, as their manager or recruitment said. */
public enum SmartcardNeed {
    UNKNOWN,
    NEEDED,
    NOT_NEEDED
}
