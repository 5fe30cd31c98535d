package uk.nhs.smartcardportal.cards.printing;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.smartcardportal.cards.RequestReason;

/** A card waiting to be printed, with what Recruitment needs to print it. */
public record PrintQueueRow(
        Long cardId,
        Long cardVersion,
        Long staffId,
        String firstName,
        String lastName,
        String employeeNumber,
        String jobTitle,
        LocalDate startDate,
        Long baseSiteId,
        String baseSite,
        RequestReason reason,
        String reasonText,
        Instant requestedAt,
        String replacesSerial) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
