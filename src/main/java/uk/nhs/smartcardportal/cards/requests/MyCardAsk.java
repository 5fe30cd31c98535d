package uk.nhs.smartcardportal.cards.requests;

import java.time.Instant;
import uk.nhs.smartcardportal.cards.RequestReason;

/** The signed-in person's open ask for a card, and the manager who will confirm it. */
public record MyCardAsk(long askId, RequestReason reason, Instant askedAt, String managerName) {}
