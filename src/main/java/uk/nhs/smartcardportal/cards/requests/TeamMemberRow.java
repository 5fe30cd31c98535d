package uk.nhs.smartcardportal.cards.requests;

import java.time.LocalDate;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.staff.SmartcardNeed;

/** One person in a manager's team view, with their newest card if any. */
public record TeamMemberRow(
        Long staffId,
        String firstName,
        String lastName,
        String employeeNumber,
        String jobTitle,
        LocalDate startDate,
        String baseSite,
        SmartcardNeed need,
        Long cardId,
        Long cardVersion,
        CardStatus cardStatus,
        String collectionSite,
        RequestOrigin origin) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** What the manager needs to know about the card, in words. */
    public String needLabel() {
        if (cardStatus != null && !cardStatus.willNeverBeCollected()) {
            return "Needs a card";
        }
        return switch (need) {
            case UNKNOWN -> "Decision needed";
            case NEEDED -> "Needs a card";
            case NOT_NEEDED -> "No card needed";
        };
    }

    public boolean canWithdraw() {
        return cardStatus == CardStatus.REQUESTED;
    }
}
