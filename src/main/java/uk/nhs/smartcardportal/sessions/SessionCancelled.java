package uk.nhs.smartcardportal.sessions;

import java.time.Instant;

/** A session was cancelled; its booked cards go back to the store and their holders are told. */
public record SessionCancelled(long sessionId, long siteId, Instant startsAt, String reason, Instant at) {}
