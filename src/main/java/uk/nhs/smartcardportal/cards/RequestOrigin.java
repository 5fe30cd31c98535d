package uk.nhs.smartcardportal.cards;

public enum RequestOrigin {
    AT_RECRUITMENT,
    LATER
}
