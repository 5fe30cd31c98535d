package uk.nhs.smartcardportal.collection;

import java.time.Instant;
import uk.nhs.smartcardportal.cards.CardStatus;

/**
 * One card on a session's run sheet, and on the hand-over desk; once handed over, who handed it over and when.
 */
public record RunSheetLine(
        Long cardId,
        Long cardVersion,
        String firstName,
        String lastName,
        String employeeNumber,
        String serial,
        String siteName,
        CardStatus status,
        String handedOverBy,
        Instant handedOverAt) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public boolean isHandedOver() {
        return status == CardStatus.COLLECTED && handedOverAt != null;
    }
}
