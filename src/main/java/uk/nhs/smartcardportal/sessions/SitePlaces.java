package uk.nhs.smartcardportal.sessions;

/** A site's places on sessions over some weeks: offered, and booked (every card booked onto them but those back). */
public record SitePlaces(String siteName, long capacity, long booked) {

    /** Booked places as a whole percentage of the places offered. */
    public int percentBooked() {
        return capacity == 0 ? 0 : (int) Math.round(100.0 * booked / capacity);
    }
}
