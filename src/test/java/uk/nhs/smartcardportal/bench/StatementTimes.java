package uk.nhs.smartcardportal.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How long each SQL statement took since the last {@link #clear()}, summed over its runs: where a page's time goes. */
final class StatementTimes {

    private static final Map<String, long[]> TIMES = new HashMap<>();

    private static boolean recording;

    private StatementTimes() {}

    /** Records only between these calls, so a page's figures leave out the page opened before it. */
    static synchronized void recording(boolean on) {
        recording = on;
    }

    static synchronized void record(String sql, long elapsedMs) {
        if (!recording) {
            return;
        }
        long[] totals = TIMES.computeIfAbsent(sql, key -> new long[2]);
        totals[0] += elapsedMs;
        totals[1]++;
    }

    static synchronized void clear() {
        TIMES.clear();
    }

    /** The slowest statements by total time, each as "total ms / runs: sql" with the SQL cut to a readable length. */
    static synchronized List<String> slowest(int limit, int runs) {
        List<Map.Entry<String, long[]>> entries = new ArrayList<>(TIMES.entrySet());
        entries.sort(Comparator.comparingLong((Map.Entry<String, long[]> entry) -> entry.getValue()[0])
                .reversed());
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : entries.subList(0, Math.min(limit, entries.size()))) {
            String sql = entry.getKey().replaceAll("\\s+", " ");
            lines.add(String.format(
                    "%7.1f ms each, %d per opening: %s",
                    entry.getValue()[0] / (double) entry.getValue()[1],
                    entry.getValue()[1] / runs,
                    sql.length() > 400 ? sql.substring(0, 400) + "…" : sql));
        }
        return lines;
    }
}
