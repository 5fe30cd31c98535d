package uk.nhs.smartcardportal.base;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** UK local time: the trust's working time zone and the way dates are shown to people. */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private UkTime() {}

    public static String date(Instant instant) {
        return DATE.format(instant.atZone(ZONE));
    }

    /** The day, or nothing when there is none. */
    public static String date(java.time.@org.jspecify.annotations.Nullable LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(ZONE));
    }

    public static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    /** "Tue 1 Dec 2026, 10:00 to 12:00" in UK local time, where space is short. */
    public static String shortSpan(Instant start, Instant end) {
        return SHORT_DAY.format(start.atZone(ZONE)) + ", " + TIME.format(start.atZone(ZONE)) + " to "
                + TIME.format(end.atZone(ZONE));
    }

    /** "Tuesday 1 December 2026, 10:00 to 12:00" in UK local time. */
    public static String span(Instant start, Instant end) {
        return DAY.format(start.atZone(ZONE)) + ", " + TIME.format(start.atZone(ZONE)) + " to "
                + TIME.format(end.atZone(ZONE));
    }
}
