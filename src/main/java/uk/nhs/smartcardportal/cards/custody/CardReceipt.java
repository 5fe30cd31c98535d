package uk.nhs.smartcardportal.cards.custody;

import java.util.List;

/**
 * Card numbers scanned where printed cards arrive from Recruitment, sorted: cards expected (printed and not yet
 * received), numbers Recruitment has not recorded as printed, cards already received or past that step, and entries
 * that are not card numbers. {@code stillExpected} counts the printed cards on their way that were not scanned.
 */
public record CardReceipt(
        List<IntakeCard> expected,
        List<String> notRecordedAsPrinted,
        List<UnknownSerial> notExpected,
        List<String> notCardNumbers,
        long stillExpected) {

    public boolean isEmpty() {
        return expected.isEmpty()
                && notRecordedAsPrinted.isEmpty()
                && notExpected.isEmpty()
                && notCardNumbers.isEmpty();
    }
}
