package uk.nhs.smartcardportal.base.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Dates in imported files: day/month/year as UK spreadsheets write them, or ISO year-month-day. */
public final class ImportDates {

    public static final String HOW_TO_WRITE = "Write the date as day/month/year, for example 05/01/2027.";
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private ImportDates() {}

    public static Optional<LocalDate> parse(String value) {
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
