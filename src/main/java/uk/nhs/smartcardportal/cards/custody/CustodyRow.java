package uk.nhs.smartcardportal.cards.custody;

import java.time.Instant;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CustodyKind;

/** A printed card the team holds: where, in what state, and since when. */
public record CustodyRow(
        Long cardId,
        Long cardVersion,
        String serial,
        String firstName,
        String lastName,
        String employeeNumber,
        CardStatus status,
        CustodyKind custodyKind,
        String siteName,
        Long sessionId,
        String collectionSite,
        Instant printedAt) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    static final String WITH_RECRUITMENT = "With Recruitment, on its way to the store";

    public String location() {
        return switch (custodyKind) {
            case SESSION -> "At session " + sessionId;
            case RECRUITMENT -> WITH_RECRUITMENT;
            default -> siteName;
        };
    }
}
