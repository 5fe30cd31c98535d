package uk.nhs.smartcardportal.cards.mine;

import java.time.Instant;

/** One step on a starter's card timeline; {@code at} is null for steps not reached yet. */
public record TimelineStep(String label, Instant at, State state) {

    public enum State {
        DONE,
        CURRENT,
        TO_COME
    }
}
