package uk.nhs.smartcardportal.collection;

import java.time.Instant;

/** The session a person's card is booked onto moved in time or place; the holder is told where and when it is now. */
public record BookedSessionMoved(
        long cardId, long staffId, long sessionId, Instant startsAtBefore, String placeBefore, Instant at) {}
