package uk.nhs.smartcardportal.sessions;

import java.time.Instant;

/** A collection session as people see it. */
public record SessionSummary(
        Long id,
        Long siteId,
        String siteName,
        String siteAddress,
        String room,
        Instant startsAt,
        Instant endsAt,
        SessionStatus status,
        int capacity) {}
