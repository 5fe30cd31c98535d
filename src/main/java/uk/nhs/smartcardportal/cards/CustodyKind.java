package uk.nhs.smartcardportal.cards;

/** Where a physical card is: nowhere yet (not printed), at a site, at a session, with its holder, or gone. */
public enum CustodyKind {
    NOT_PRINTED, SITE, SESSION, HOLDER, GONE, UNKNOWN
}
