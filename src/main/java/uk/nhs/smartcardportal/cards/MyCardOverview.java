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

    /** One sentence that tells the starter where things stand. */
    public String headline() {
        if (!hasCard()) {
            return switch (need) {
                case NOT_NEEDED -> "You do not need a Smartcard for your role";
                case NEEDED -> "Your role needs a Smartcard";
                case UNKNOWN -> "We do not know yet whether your role needs a Smartcard";
            };
        }
        return switch (status) {
            case REQUESTED -> "Your card has been asked for and is waiting to be printed";
            case PRINTED, IN_STORE, NOT_COLLECTED -> "Your card is ready: come to a collection session";
            case ALLOCATED -> "Your card is booked onto a collection session";
            case AT_SESSION -> "Your card is at today's collection session";
            case COLLECTED -> "You have collected your card";
            case CANCELLED, DESTROYED, LOST -> "This card is " + status.label().toLowerCase()
                    + ". If you still need a card, ask your manager";
        };
    }

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
