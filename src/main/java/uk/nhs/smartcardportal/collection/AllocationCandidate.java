package uk.nhs.smartcardportal.collection;

import java.time.Instant;

/** A card waiting in the store for a session at its collection site. */
public record AllocationCandidate(
        Long cardId,
        Long cardVersion,
        String firstName,
        String lastName,
        String employeeNumber,
        String serial,
        Long siteId,
        String siteName,
        Instant waitingSince) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
