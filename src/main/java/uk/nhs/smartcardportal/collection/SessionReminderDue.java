package uk.nhs.smartcardportal.collection;

import java.time.Instant;

/** A card's holder is to be reminded of their collection session tomorrow. */
public record SessionReminderDue(long cardId, long staffId, long sessionId, Instant sessionStartsAt, Instant at) {}
