package uk.nhs.smartcardportal.cards;

/** A card in the General Office intake. */
public record IntakeCard(long cardId, long cardVersion, String serial, String holderName, String employeeNumber) {
}
