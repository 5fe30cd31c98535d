package uk.nhs.smartcardportal.cards.custody;

import java.util.List;

/**
 * Cards counted at a location against the custody records: found where expected, expected but not found, and found
 * here though recorded elsewhere (or not a card on record).
 */
public record CardCount(
        long siteId,
        List<IntakeCard> found,
        List<IntakeCard> missing,
        List<IntakeCard> misplaced,
        List<UnknownSerial> unknown) {}
