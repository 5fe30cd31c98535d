package uk.nhs.smartcardportal.cards;

/** How many cards a session holds, of those asked about. */
public record SessionCardCount(long sessionId, long cards) {}
