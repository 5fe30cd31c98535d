package uk.nhs.smartcardportal.collection;

/** A session's cards: booked onto it (including those since collected or not), collected, and not collected. */
public record SessionFigures(long allocated, long collected, long notCollected) {}
