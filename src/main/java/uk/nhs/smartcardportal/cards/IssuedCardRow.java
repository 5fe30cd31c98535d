package uk.nhs.smartcardportal.cards;

import java.time.Instant;

/** A printed card, as Recruitment sees it when cancelling or reprinting it. */
public record IssuedCardRow(
        Long cardId,
        Long cardVersion,
        String serial,
        CardStatus status,
        Instant statusChangedAt,
        String firstName,
        String lastName,
        String employeeNumber,
        String collectionSite) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public boolean canCancel() {
        return status.canMoveTo(CardStatus.CANCELLED);
    }

    public boolean canReprint() {
        return status.canMoveTo(CardStatus.LOST) || status.canMoveTo(CardStatus.DESTROYED);
    }
}
