package uk.nhs.smartcardportal.cards;

import java.util.List;
import uk.nhs.smartcardportal.sessions.SessionSummary;
import uk.nhs.smartcardportal.staff.SmartcardNeed;

/**
 * Everything the "My smartcard" page shows, read in one transaction. {@code cardId} is null when there is no
 * card; then only {@code need} matters.
 */
public record MyCardOverview(
        SmartcardNeed need,
        Long cardId,
        long cardVersion,
        CardStatus status,
        String serial,
        List<TimelineStep> timeline,
        CollectionPlace collectionPlace,
        SessionSummary allocatedSession,
        List<SessionSummary> upcomingSessions,
        List<SiteChangeSummary> siteChanges,
        List<CollectionPlace> otherSites) {

    public boolean hasCard() {
        return cardId != null;
    }

    public boolean hasPendingSiteChange() {
        return siteChanges.stream().anyMatch(change -> change.status() == SiteChangeStatus.PENDING);
    }

    public boolean canAskForSiteChange() {
        return hasCard() && collectionPlace != null && status.isAwaitingCollection() && !hasPendingSiteChange();
    }
}
