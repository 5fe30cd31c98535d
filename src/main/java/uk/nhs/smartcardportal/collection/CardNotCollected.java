package uk.nhs.smartcardportal.collection;

import java.time.Instant;

/** A card was not collected at its session and is back in the store; the holder is told the next session, if any. */
public record CardNotCollected(long cardId, long staffId, long sessionId, Long nextSessionId, Instant at) {}
