package uk.nhs.smartcardportal.sessions;

import java.time.LocalDate;

/** Sessions on UK dates from and to (inclusive, either open), at a site and in a status (null for any). */
public record SessionFilter(Long siteId, LocalDate from, LocalDate to, SessionStatus status) {}
