package uk.nhs.smartcardportal.sessions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A weekly series: the first session, how many weeks, the dates left out, and dates moved to another day (a moved
 * session keeps its times).
 */
public record SeriesDraft(SessionDraft first, int weeks, Set<LocalDate> skipped, Map<LocalDate, LocalDate> moved) {

    public static final int MAX_WEEKS = 52;
    /** The field of the number of weeks, as refusals name it. */
    public static final String WEEKS = "weeks";

    /** The dates the series will have sessions on, in order of the weeks. */
    public List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            LocalDate date = first.date().plusWeeks(week);
            if (skipped.contains(date)) {
                continue;
            }
            dates.add(moved.getOrDefault(date, date));
        }
        return dates;
    }
}
