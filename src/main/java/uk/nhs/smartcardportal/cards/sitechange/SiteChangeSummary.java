package uk.nhs.smartcardportal.cards.sitechange;

import java.time.Instant;

/** A site change request as a list or a page shows it. */
public record SiteChangeSummary(
        Long id,
        long version,
        Long cardId,
        String staffName,
        String employeeNumber,
        String fromSite,
        String toSite,
        String reason,
        SiteChangeStatus status,
        Instant requestedAt,
        Instant decidedAt,
        String decidedByName,
        String decisionNote) {}
