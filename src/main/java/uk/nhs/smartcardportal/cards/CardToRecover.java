package uk.nhs.smartcardportal.cards;

import java.time.LocalDate;

/** A collected card whose holder has left and not said they move within the NHS: it should come back. */
public record CardToRecover(
        Long cardId,
        long cardVersion,
        String serial,
        String firstName,
        String lastName,
        String employeeNumber,
        String department,
        LocalDate leavingDate) {

    public String holder() {
        return firstName + " " + lastName;
    }
}
