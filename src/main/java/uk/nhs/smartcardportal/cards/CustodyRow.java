package uk.nhs.smartcardportal.cards;

import java.time.Instant;

/** A printed card the team holds: where, in what state, and since when. */
public record CustodyRow(Long cardId, Long cardVersion, String serial, String firstName, String lastName,
        String employeeNumber, CardStatus status, CustodyKind custodyKind, String siteName, Long sessionId,
        String collectionSite, Instant printedAt) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public String location() {
        return custodyKind == CustodyKind.SESSION ? "At session " + sessionId : siteName;
    }
}
