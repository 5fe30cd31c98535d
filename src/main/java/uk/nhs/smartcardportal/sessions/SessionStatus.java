package uk.nhs.smartcardportal.sessions;

public enum SessionStatus {
    SCHEDULED,
    CANCELLED,
    COMPLETED
}
