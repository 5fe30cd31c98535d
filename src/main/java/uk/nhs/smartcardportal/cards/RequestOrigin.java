package uk.nhs.smartcardportal.cards;

public enum RequestOrigin {
    AT_RECRUITMENT,
    LATER,
    /** A card its holder had before the portal, recorded by the card holders import. */
    HELD_BEFORE
}
