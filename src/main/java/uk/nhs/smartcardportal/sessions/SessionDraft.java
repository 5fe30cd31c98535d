package uk.nhs.smartcardportal.sessions;

import java.time.LocalDate;
import java.time.LocalTime;

/** What the Workforce Systems Team types for a session: the date and times are UK local time. */
public record SessionDraft(Long siteId, String room, LocalDate date, LocalTime start, LocalTime end, Integer capacity,
        String facilitators, String notes) {

    public SessionDraft on(LocalDate otherDate) {
        return new SessionDraft(siteId, room, otherDate, start, end, capacity, facilitators, notes);
    }
}
