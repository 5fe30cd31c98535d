package uk.nhs.smartcardportal.sessions;

import java.time.Instant;

/** A session in the Workforce Systems Team's list and calendars, with how many cards are booked onto it. */
public record SessionRow(
        Long id,
        Long version,
        Long siteId,
        String siteName,
        String room,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        String facilitators,
        String notes,
        SessionStatus status,
        String seriesId,
        String cancelledReason,
        int booked) {

    SessionRow withBooked(int count) {
        return new SessionRow(
                id,
                version,
                siteId,
                siteName,
                room,
                startsAt,
                endsAt,
                capacity,
                facilitators,
                notes,
                status,
                seriesId,
                cancelledReason,
                count);
    }

    public int free() {
        return Math.max(0, capacity - booked);
    }
}
