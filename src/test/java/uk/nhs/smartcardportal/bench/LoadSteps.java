package uk.nhs.smartcardportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** The load benchmark's steps: a line per step, the largest step within the latency limit, CSV and a chart. */
final class LoadSteps {

    static final String HEADER = String.format(
            "%7s %9s %8s %8s %8s %8s %7s %8s %11s %11s %8s",
            "people",
            "requests",
            "per s",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "errors",
            "CPU",
            "CPU ms/req",
            "other core",
            "driver");

    /** Beyond this the portal's core is full and larger steps only queue longer. */
    private static final double SATURATED_P95_MS = 1_000;

    record Step(
            int people,
            int requests,
            double perSecond,
            double p50,
            double p95,
            double p99,
            int errors,
            double cpuUse,
            double cpuMsPerRequest,
            double otherCoreUse,
            double driverUse,
            Map<String, List<Double>> byKind) {

        String line() {
            return String.format(
                    "%7d %9d %8.1f %8.1f %8.1f %8.1f %7d %7.0f%% %11.1f %10.0f%% %7.0f%%",
                    people,
                    requests,
                    perSecond,
                    p50,
                    p95,
                    p99,
                    errors,
                    cpuUse * 100,
                    cpuMsPerRequest,
                    otherCoreUse * 100,
                    driverUse * 100);
        }

        boolean saturated() {
            return p95 > SATURATED_P95_MS || errors > requests / 100;
        }
    }

    private final double p95LimitMs;
    private final List<Step> steps = new ArrayList<>();
    private final StringBuilder csv = new StringBuilder("people,seconds,what,ms,ok\n");
    private final Map<Double, List<Double>> latencyBySecond = new TreeMap<>();
    private double secondsSoFar;

    LoadSteps(double p95LimitMs) {
        this.p95LimitMs = p95LimitMs;
    }

    /**
     * @param otherCoreUse how busy the core of the people, the provider and MariaDB was, 0 to 1
     * @param driverUse the simulated people's own share of a core, 0 to 1
     */
    Step add(
            int people,
            List<VaadinClient.Timing> timings,
            long startedNanos,
            double wallSeconds,
            double cpuSeconds,
            double otherCoreUse,
            double driverUse) {
        List<Double> all = new ArrayList<>();
        Map<String, List<Double>> byKind = new TreeMap<>();
        int errors = 0;
        for (VaadinClient.Timing timing : timings) {
            double ms = timing.nanos() / 1e6;
            double at = (timing.startedNanos() - startedNanos) / 1e9;
            errors += timing.ok() ? 0 : 1;
            if (timing.ok()) {
                all.add(ms);
                byKind.computeIfAbsent(timing.what(), what -> new ArrayList<>()).add(ms);
                latencyBySecond
                        .computeIfAbsent(Math.floor(secondsSoFar + at), second -> new ArrayList<>())
                        .add(ms);
            }
            csv.append(String.format("%d,%.3f,%s,%.2f,%s%n", people, at, timing.what(), ms, timing.ok()));
        }
        secondsSoFar += wallSeconds;
        Collections.sort(all);
        byKind.values().forEach(Collections::sort);
        Step step = new Step(
                people,
                timings.size(),
                timings.size() / wallSeconds,
                percentile(all, 50),
                percentile(all, 95),
                percentile(all, 99),
                errors,
                cpuSeconds / wallSeconds,
                timings.isEmpty() ? 0 : cpuSeconds * 1000 / timings.size(),
                otherCoreUse,
                driverUse,
                byKind);
        steps.add(step);
        return step;
    }

    /** The largest step with p95 under the limit and no errors, with its requests by kind. */
    String peoplePerCore() {
        Step best = null;
        for (Step step : steps) {
            if (step.p95() < p95LimitMs && step.errors() == 0) {
                best = step;
            }
        }
        if (best == null) {
            return steps.isEmpty()
                    ? "no step ran"
                    : "fewer than " + steps.getFirst().people();
        }
        StringBuilder text = new StringBuilder(String.format(
                "%d (CPU %.0f%%, %.1f requests per second)%n%-32s %8s %8s %8s %8s%n",
                best.people(),
                best.cpuUse() * 100,
                best.perSecond(),
                "Request",
                "count",
                "p50 ms",
                "p95 ms",
                "p99 ms"));
        best.byKind()
                .forEach((what, list) -> text.append(String.format(
                        "%-32s %8d %8.1f %8.1f %8.1f%n",
                        what, list.size(), percentile(list, 50), percentile(list, 95), percentile(list, 99))));
        return text.toString();
    }

    /** Every request of every step as CSV, and p50 and p95 per second over the whole run as a chart. */
    void write(Path folder) throws IOException {
        Files.writeString(folder.resolve("bench-load.csv"), csv);
        List<Double> seconds = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        latencyBySecond.forEach((second, list) -> {
            Collections.sort(list);
            seconds.add(second);
            p50.add(percentile(list, 50));
            p95.add(percentile(list, 95));
        });
        if (seconds.isEmpty()) {
            return;
        }
        XYChart chart = new XYChartBuilder()
                .width(1000)
                .height(500)
                .title("Latency over time, steps of "
                        + String.join(
                                ", ",
                                steps.stream()
                                        .map(step -> String.valueOf(step.people()))
                                        .toList())
                        + " people")
                .xAxisTitle("seconds of load")
                .yAxisTitle("ms")
                .build();
        chart.addSeries("p50", seconds, p50);
        chart.addSeries("p95", seconds, p95);
        BitmapEncoder.saveBitmap(
                chart, folder.resolve("bench-load-latency").toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    static double percentile(List<Double> sorted, int percentile) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100));
    }
}
