package uk.nhs.smartcardportal.notifications;

public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
