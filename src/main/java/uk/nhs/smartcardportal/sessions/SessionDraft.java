package uk.nhs.smartcardportal.sessions;

import java.time.LocalDate;
import java.time.LocalTime;

/** What the Workforce Systems Team types for a session: the date and times are UK local time. */
public record SessionDraft(
        Long siteId,
        String room,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        Integer capacity,
        String facilitators,
        String notes) {

    /** The fields, as refusals name them. */
    public static final String SITE = "site";

    public static final String ROOM = "room";
    public static final String DATE = "date";
    public static final String START = "start";
    public static final String END = "end";
    public static final String CAPACITY = "capacity";
    public static final String FACILITATORS = "facilitators";
    public static final String NOTES = "notes";

    public SessionDraft on(LocalDate otherDate) {
        return new SessionDraft(siteId, room, otherDate, start, end, capacity, facilitators, notes);
    }
}
