package uk.nhs.smartcardportal.cards;

/** A card in the General Office intake. */
public record IntakeCard(long cardId, long cardVersion, String serial, String holderName, String employeeNumber) {

    static IntakeCard of(Smartcard card) {
        return new IntakeCard(card.getId(), card.getVersion(), card.getSerial(), card.getStaff().getFullName(),
                card.getStaff().getEmployeeNumber());
    }
}
