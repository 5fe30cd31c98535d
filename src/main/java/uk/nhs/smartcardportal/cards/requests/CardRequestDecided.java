package uk.nhs.smartcardportal.cards.requests;

import java.time.Instant;
import uk.nhs.smartcardportal.cards.RequestStatus;

/** A request for a card was declined (or otherwise decided) by Recruitment; the person's manager is told. */
public record CardRequestDecided(
        long requestId, long staffId, Long requestedByStaffId, RequestStatus outcome, Instant at) {}
