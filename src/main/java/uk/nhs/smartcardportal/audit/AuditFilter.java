package uk.nhs.smartcardportal.audit;

import java.time.LocalDate;

/** What the audit trail is narrowed to; blank or null parts do not filter. Dates are UK dates, inclusive. */
public record AuditFilter(
        String actor, String action, String entityType, String entityId, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
