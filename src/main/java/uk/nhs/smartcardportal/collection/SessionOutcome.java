package uk.nhs.smartcardportal.collection;

import uk.nhs.smartcardportal.sessions.SessionRow;

/** What happened at a session: cards booked onto it, collected, and not collected. */
public record SessionOutcome(SessionRow session, SessionFigures figures) {

    public long allocated() {
        return figures.allocated();
    }

    public long collected() {
        return figures.collected();
    }

    public long notCollected() {
        return figures.notCollected();
    }
}
