package uk.nhs.smartcardportal.cards.sitechange;

/** Published when a starter asks to collect their card at another site. */
public record SiteChangeRequested(long requestId, long staffId, long fromSiteId, long toSiteId) {}
