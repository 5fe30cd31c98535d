package uk.nhs.smartcardportal.collection;

import java.time.LocalDate;

/** A site's sessions in one week (starting Monday): places offered, booked and collected. */
public record SiteWeekUtilisation(
        String siteName, LocalDate weekStarting, int sessions, long capacity, long booked, long collected) {

    /** Booked places as a whole percentage of the places offered. */
    public int percentBooked() {
        return capacity == 0 ? 0 : (int) Math.round(100.0 * booked / capacity);
    }
}
