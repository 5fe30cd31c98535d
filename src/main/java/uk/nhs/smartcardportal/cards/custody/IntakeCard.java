package uk.nhs.smartcardportal.cards.custody;

import uk.nhs.smartcardportal.cards.CustodyKind;
import uk.nhs.smartcardportal.cards.Smartcard;

/** A card found by its scanned number (intake, receipt, count); {@code fromRecruitment}: on its way from Recruitment. */
public record IntakeCard(
        long cardId,
        long cardVersion,
        String serial,
        String holderName,
        String employeeNumber,
        boolean fromRecruitment) {

    static IntakeCard of(Smartcard card) {
        return new IntakeCard(
                card.getId(),
                card.getVersion(),
                card.getSerial(),
                card.getStaff().getFullName(),
                card.getStaff().getEmployeeNumber(),
                card.getCustody().kind() == CustodyKind.RECRUITMENT);
    }
}
