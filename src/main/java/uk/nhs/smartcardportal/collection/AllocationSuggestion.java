package uk.nhs.smartcardportal.collection;

import uk.nhs.smartcardportal.sessions.SessionRow;

/** A card and the session suggested for it; no session when every session at its site is full or none is planned. */
public record AllocationSuggestion(AllocationCandidate card, SessionRow session) {

    public boolean hasSession() {
        return session != null;
    }
}
