package uk.nhs.smartcardportal.cards.custody;

import java.time.Instant;
import uk.nhs.smartcardportal.cards.CardStatus;

/** One move in a card's history: when, who, the status and custody before and after, and why. */
public record CustodyStep(
        Instant at, String actorName, CardStatus fromStatus, CardStatus toStatus, String from, String to, String note) {

    public boolean custodyChanged() {
        return !from.equals(to);
    }
}
