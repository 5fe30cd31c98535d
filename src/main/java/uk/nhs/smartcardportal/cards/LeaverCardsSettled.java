package uk.nhs.smartcardportal.cards;

import org.jspecify.annotations.Nullable;

/**
 * A leaver's cards were settled: how many on their way were cancelled, and what becomes of a collected card (null
 * when they had none). Published inside the transaction, so the leaver is told once.
 */
public record LeaverCardsSettled(
        long staffId, int cancelled, @Nullable LeaverOutcome collectedCard) {}
