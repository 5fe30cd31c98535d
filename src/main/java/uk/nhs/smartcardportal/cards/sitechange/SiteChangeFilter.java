package uk.nhs.smartcardportal.cards.sitechange;

/** The queue's filter: a status (null for all), a site either side (null for any) and name text. */
public record SiteChangeFilter(SiteChangeStatus status, Long siteId, String person) {}
