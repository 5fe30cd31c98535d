package uk.nhs.smartcardportal.collection;

/** Book this card (at this version) onto this session. */
public record PlannedAllocation(long cardId, long cardVersion, long sessionId) {}
