package uk.nhs.smartcardportal.cards;

public enum RequestStatus {
    OPEN,
    PRINTED,
    DECLINED,
    WITHDRAWN
}
