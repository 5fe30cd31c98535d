package uk.nhs.smartcardportal.cards;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.sessions.SessionBookings;

/** Tells scheduling how many cards are booked onto sessions. */
@Component
class CardBookings implements SessionBookings {

    private final SmartcardRepository cards;

    CardBookings(SmartcardRepository cards) {
        this.cards = cards;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> bookedOnto(Collection<Long> sessionIds) {
        Map<Long, Integer> booked = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return booked;
        }
        for (SessionCardCount count : cards.countBookedOntoEach(sessionIds)) {
            booked.put(count.sessionId(), Math.toIntExact(count.cards()));
        }
        return booked;
    }
}
