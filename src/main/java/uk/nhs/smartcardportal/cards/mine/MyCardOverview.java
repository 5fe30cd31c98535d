package uk.nhs.smartcardportal.cards.mine;

import java.util.List;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CardStatusWords;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeStatus;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeSummary;
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
        boolean holderChooses,
        boolean onlyStaffRole) {

    /** One sentence that tells the starter where things stand. */
    public String headline() {
        if (!hasCard()) {
            return switch (need) {
                case NOT_NEEDED -> "You do not need a Smartcard for your role";
                case NEEDED -> "Your role needs a Smartcard";
                case UNKNOWN ->
                    onlyStaffRole
                            ? "We do not know yet whether your role needs a Smartcard"
                            : "No Smartcard is on record for you in this portal";
            };
        }
        return CardStatusWords.headline(status);
    }

    /** What happens next, and what the holder does; null when there is no card. */
    public String nextStep() {
        if (!hasCard()) {
            return null;
        }
        String site = collectionPlace == null ? null : collectionPlace.name();
        boolean waiting = status == CardStatus.IN_STORE || status == CardStatus.NOT_COLLECTED;
        if (waiting && holderChooses && upcomingSessions.isEmpty()) {
            return CardStatusWords.noSessionsYet(site);
        }
        return CardStatusWords.nextStep(status, site, holderChooses);
    }

    /**
     * Whether their own card is news worth showing first. For a manager or a member of one of the teams with no
     * card and no decision about one, "does your role need a card" is not a question they asked.
     */
    public boolean concernsThem() {
        return hasCard() || need != SmartcardNeed.UNKNOWN || onlyStaffRole;
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
