package uk.nhs.smartcardportal.cards;

import java.time.LocalDate;

/** The print queue's filter: start dates (inclusive, either end open) and a base site (null for any). */
public record PrintQueueFilter(LocalDate startFrom, LocalDate startTo, Long baseSiteId) {
}
