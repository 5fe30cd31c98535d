package uk.nhs.smartcardportal.cards;

/** How many cards are in a status. */
public record StatusCount(CardStatus status, long cards) {}
