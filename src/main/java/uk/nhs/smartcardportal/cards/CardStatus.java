package uk.nhs.smartcardportal.cards;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A card's lifecycle. The allowed moves live here and nowhere else (see docs/card-lifecycle.md).
 */
public enum CardStatus {
    REQUESTED("Requested"),
    PRINTED("Printed"),
    IN_STORE("At the Workforce Systems store"),
    ALLOCATED("Booked onto a collection session"),
    AT_SESSION("At the collection session"),
    COLLECTED("Collected"),
    NOT_COLLECTED("Not collected, back at the store"),
    CANCELLED("Cancelled"),
    DESTROYED("Destroyed"),
    LOST("Lost");

    private static final Map<CardStatus, Set<CardStatus>> ALLOWED = Map.of(
            REQUESTED, EnumSet.of(PRINTED, CANCELLED),
            PRINTED, EnumSet.of(IN_STORE, CANCELLED, DESTROYED, LOST),
            IN_STORE, EnumSet.of(ALLOCATED, CANCELLED, DESTROYED, LOST),
            ALLOCATED, EnumSet.of(IN_STORE, AT_SESSION, CANCELLED, LOST),
            AT_SESSION, EnumSet.of(COLLECTED, NOT_COLLECTED, LOST),
            NOT_COLLECTED, EnumSet.of(ALLOCATED, CANCELLED, DESTROYED, LOST),
            COLLECTED, EnumSet.of(LOST, DESTROYED),
            CANCELLED, EnumSet.of(DESTROYED),
            DESTROYED, EnumSet.noneOf(CardStatus.class),
            LOST, EnumSet.noneOf(CardStatus.class));

    /** Cards waiting for their holder at a session: booked onto it, or taken there. */
    public static final Set<CardStatus> WAITING_AT_A_SESSION =
            Collections.unmodifiableSet(EnumSet.of(ALLOCATED, AT_SESSION));

    /** Cards that take a place at their session: waiting there, or handed over there. */
    public static final Set<CardStatus> TAKING_A_PLACE =
            Collections.unmodifiableSet(EnumSet.of(ALLOCATED, AT_SESSION, COLLECTED));

    /** Cards on a session's run sheet: every card booked onto it, whatever happened at the session. */
    public static final Set<CardStatus> ON_A_RUN_SHEET =
            Collections.unmodifiableSet(EnumSet.of(ALLOCATED, AT_SESSION, COLLECTED, NOT_COLLECTED));

    /** Cards that will never reach their holder. */
    public static final Set<CardStatus> NEVER_COLLECTED =
            Collections.unmodifiableSet(EnumSet.of(CANCELLED, DESTROYED, LOST));

    private final String label;

    CardStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(CardStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public Set<CardStatus> next() {
        return EnumSet.copyOf(ALLOWED.get(this));
    }

    /** Still on its way to the person: a site change or a session still makes sense. */
    public boolean isAwaitingCollection() {
        return this == REQUESTED
                || this == PRINTED
                || this == IN_STORE
                || this == ALLOCATED
                || this == AT_SESSION
                || this == NOT_COLLECTED;
    }

    /** The card will never reach its holder: it was cancelled, destroyed or lost. */
    public boolean willNeverBeCollected() {
        return NEVER_COLLECTED.contains(this);
    }

    /** The portal's part in the card's story has ended: it was handed over, or it will never be. */
    public boolean isFinished() {
        return this == COLLECTED || willNeverBeCollected();
    }

    /** Every status in which {@link #isFinished()} holds. */
    public static Set<CardStatus> finished() {
        return EnumSet.copyOf(
                Arrays.stream(values()).filter(CardStatus::isFinished).toList());
    }
}
