package uk.nhs.smartcardportal.sites;

import java.util.List;

/**
 * What another feature still has at a site: cards, sessions, people. Features that point at sites implement it, so
 * that a site is never deactivated with something left pointing at it unseen.
 */
public interface SiteUsage {

    /** Each thing still at the site, counted in words ("3 cards to be collected there"); empty when none. */
    List<String> stillAt(long siteId);
}
