package uk.nhs.smartcardportal.collection;

import uk.nhs.smartcardportal.sessions.SessionRow;

/** What happened at a session: cards booked onto it, collected, and not collected. */
public record SessionOutcome(SessionRow session, long allocated, long collected, long notCollected) {}
