package uk.nhs.smartcardportal.base;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** UK local time: the trust's working time zone and the way dates are shown to people. */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private UkTime() {
    }
}
