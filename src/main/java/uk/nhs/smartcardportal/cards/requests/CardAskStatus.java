package uk.nhs.smartcardportal.cards.requests;

public enum CardAskStatus {
    /** Waiting for the manager. */
    OPEN,
    /** The manager confirmed it: the card is in the print queue. */
    CONFIRMED,
    DECLINED,
    /** The person took it back. */
    WITHDRAWN
}
