package uk.nhs.smartcardportal.cards.custody;

import uk.nhs.smartcardportal.cards.CardStatus;

/** Cards in custody at a location (null: anywhere), in a status (null: any), printed at least some days ago. */
public record CustodyFilter(Long siteId, CardStatus status, Integer minimumAgeDays, String text) {}
