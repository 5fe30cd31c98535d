package uk.nhs.smartcardportal.sessions;

import java.util.Collection;
import java.util.Map;

/**
 * How many cards are booked onto sessions. The cards feature implements it, so that scheduling can keep capacity at
 * or above the cards already booked without depending on cards.
 */
public interface SessionBookings {

    /** Cards booked onto each session (allocated, at the session or collected there); sessions with none are absent. */
    Map<Long, Integer> bookedOnto(Collection<Long> sessionIds);
}
