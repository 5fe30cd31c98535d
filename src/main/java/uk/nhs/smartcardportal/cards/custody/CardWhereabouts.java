package uk.nhs.smartcardportal.cards.custody;

import java.util.List;
import uk.nhs.smartcardportal.cards.CardStatus;

/** Where a card is now, and every move that brought it there, oldest first. */
public record CardWhereabouts(
        long cardId,
        long cardVersion,
        String serial,
        String holderName,
        String employeeNumber,
        CardStatus status,
        String custody,
        String collectionSite,
        String replacesSerial,
        List<CustodyStep> history) {}
