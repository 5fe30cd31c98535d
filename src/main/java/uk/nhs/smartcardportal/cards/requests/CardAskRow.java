package uk.nhs.smartcardportal.cards.requests;

import java.time.Instant;
import uk.nhs.smartcardportal.cards.RequestReason;

/** An open ask for a card, as the manager who confirms it sees it. */
public record CardAskRow(
        long askId,
        long staffId,
        String firstName,
        String lastName,
        String employeeNumber,
        String jobTitle,
        RequestReason reason,
        String reasonText,
        Instant askedAt) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** Why, in the words the person chose or wrote. */
    public String why() {
        return reason == RequestReason.OTHER && reasonText != null
                ? reasonText
                : reasonText == null ? reason.label() : reason.label() + ": " + reasonText;
    }
}
