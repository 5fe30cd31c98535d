package uk.nhs.smartcardportal.cards;

import java.time.Instant;

/** A request for a card was declined (or otherwise decided) by Recruitment; the person's manager is told. */
public record CardRequestDecided(long requestId, long staffId, Long requestedByStaffId, RequestStatus outcome,
        Instant at) {
}
