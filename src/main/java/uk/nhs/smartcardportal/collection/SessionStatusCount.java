package uk.nhs.smartcardportal.collection;

import uk.nhs.smartcardportal.cards.CardStatus;

/** How many cards booked onto a session are now in a status. */
public record SessionStatusCount(long sessionId, CardStatus status, long cards) {}
