package uk.nhs.smartcardportal.collection;

import java.time.Instant;

/** The session a person's card was booked onto was cancelled; the card is back in the store and the holder is told. */
public record BookedSessionCancelled(long cardId, long staffId, long sessionId, String reason, Instant at) {}
