package uk.nhs.smartcardportal.cards.printing;

import java.time.LocalDate;

/**
 * The print queue's filter: start dates (inclusive, either end open), a base site (null for any) and name or
 * employee number text (blank for anyone).
 */
public record PrintQueueFilter(LocalDate startFrom, LocalDate startTo, Long baseSiteId, String person) {

    public PrintQueueFilter(LocalDate startFrom, LocalDate startTo, Long baseSiteId) {
        this(startFrom, startTo, baseSiteId, null);
    }
}
