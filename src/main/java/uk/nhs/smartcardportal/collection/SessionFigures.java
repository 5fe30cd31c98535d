package uk.nhs.smartcardportal.collection;

import java.util.Collection;
import uk.nhs.smartcardportal.cards.CardStatus;

/** A session's cards: booked onto it (including those since collected or not), collected, and not collected. */
public record SessionFigures(long allocated, long collected, long notCollected) {

    /** Folds the session's cards counted by status; a card back in the store is no longer booked onto it. */
    static SessionFigures of(Collection<SessionStatusCount> counts) {
        long allocated = 0;
        long collected = 0;
        long notCollected = 0;
        for (SessionStatusCount count : counts) {
            if (count.status() == CardStatus.COLLECTED) {
                collected += count.cards();
            } else if (count.status() == CardStatus.NOT_COLLECTED) {
                notCollected += count.cards();
            }
            if (count.status() != CardStatus.IN_STORE) {
                allocated += count.cards();
            }
        }
        return new SessionFigures(allocated, collected, notCollected);
    }
}
