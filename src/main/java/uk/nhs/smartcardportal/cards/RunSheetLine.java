package uk.nhs.smartcardportal.cards;

/** One card on a session's run sheet, and on the hand-over desk. */
public record RunSheetLine(Long cardId, Long cardVersion, String firstName, String lastName, String employeeNumber,
        String serial, String siteName, CardStatus status) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
