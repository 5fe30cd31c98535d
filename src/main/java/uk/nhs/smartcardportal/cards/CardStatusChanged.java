package uk.nhs.smartcardportal.cards;

import java.time.Instant;

/** Published inside the transaction of every card move; e-mail and other features listen to it. */
public record CardStatusChanged(
        long cardId, long staffId, CardStatus from, CardStatus to, Long collectionSiteId, Long sessionId, Instant at) {}
