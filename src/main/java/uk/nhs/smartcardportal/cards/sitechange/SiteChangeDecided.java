package uk.nhs.smartcardportal.cards.sitechange;

/** Published when a site change request is approved, declined or withdrawn. */
public record SiteChangeDecided(
        long requestId, long staffId, long fromSiteId, long toSiteId, SiteChangeStatus outcome) {}
