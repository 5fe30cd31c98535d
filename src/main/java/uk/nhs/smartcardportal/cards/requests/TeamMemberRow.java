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
        RequestOrigin origin,
        LocalDate movesOn,
        boolean joining,
        String movesToManager,
        String movesToSite,
        String movesToStaffGroup) {

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

    /**
     * A change waiting for its day, in the words of the manager whose team this is: someone joining it, or leaving it
     * for another manager, site or staff group. Empty when nothing waits.
     */
    public String moveLabel() {
        if (movesOn == null) {
            return "";
        }
        String on = " on " + uk.nhs.smartcardportal.base.UkTime.date(movesOn);
        if (joining) {
            return "Joins your team" + on;
        }
        if (movesToManager != null) {
            return "Moves to " + movesToManager + "'s team" + on;
        }
        if (movesToSite != null) {
            return "Moves to " + movesToSite + on;
        }
        return "Moves to " + movesToStaffGroup + on;
    }

    public boolean canWithdraw() {
        return cardStatus == CardStatus.REQUESTED;
    }
}
