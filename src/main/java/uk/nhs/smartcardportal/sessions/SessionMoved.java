package uk.nhs.smartcardportal.sessions;

import java.time.Instant;

/** A session's time or place changed; the people booked onto it are told. */
public record SessionMoved(long sessionId, Instant startsAtBefore, String placeBefore, Instant at) {}
