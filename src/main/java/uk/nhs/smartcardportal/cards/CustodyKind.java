package uk.nhs.smartcardportal.cards;

/**
 * Where a physical card is: nowhere yet (not printed), with Recruitment (printed and on its way to the Workforce
 * Systems Team), at a site, at a session, with its holder, or gone.
 */
public enum CustodyKind {
    NOT_PRINTED,
    RECRUITMENT,
    SITE,
    SESSION,
    HOLDER,
    GONE,
    UNKNOWN
}
