package uk.nhs.smartcardportal.passport;

import java.time.LocalDate;

/** One person in a list of passport answers; the outcome is null until the person is first assessed. */
public record PassportRow(
        long staffId,
        String employeeNumber,
        String firstName,
        String lastName,
        String staffGroup,
        PassportOutcome outcome,
        Integer toDo,
        Integer warnings,
        LocalDate nextExpiry,
        LocalDate assessedOn) {

    public String name() {
        return firstName + " " + lastName;
    }
}
