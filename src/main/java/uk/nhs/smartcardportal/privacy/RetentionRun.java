package uk.nhs.smartcardportal.privacy;

import java.time.Instant;

/** What one pass of the retention job removed, and the cut-off it used. */
public record RetentionRun(Instant cutoff, int cards, int requests, int messages, int leavers) {

    public boolean removedAnything() {
        return cards + requests + messages + leavers > 0;
    }
}
