package uk.nhs.smartcardportal.cards;

public enum RequestOrigin {
    AT_RECRUITMENT,
    LATER,
    /** The person asked after their role changed, and their manager confirmed it. */
    ASKED_BY_HOLDER,
    /** A card its holder had before the portal, recorded by the card holders import. */
    HELD_BEFORE
}
