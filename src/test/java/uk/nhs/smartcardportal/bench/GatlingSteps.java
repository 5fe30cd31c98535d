package uk.nhs.smartcardportal.bench;

import io.gatling.app.Gatling$;
import io.gatling.shared.cli.GatlingCliOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The load benchmark's steps run by Gatling ({@code -Dbench.load-tool=gatling}): {@link StarterSimulation} writes
 * Gatling's HTML report (latency and users over time) under target/gatling; the portal's CPU use is read here, once a
 * second, and given for each step's steady part (after its new people's ramp).
 */
final class GatlingSteps {

    private record Reading(long nanos, Duration portalCpu, CoreUse others) {}

    private GatlingSteps() {}

    static void run(
            ProductionJar portal,
            List<Map<String, Object>> people,
            int[] steps,
            int stepSeconds,
            double idleCpuMsPerSecond,
            String othersCpu,
            double p95LimitMs,
            Consumer<String> out)
            throws IOException, InterruptedException {
        StarterSimulation.portal = portal.baseUrl();
        StarterSimulation.people = people;
        StarterSimulation.steps = steps;
        StarterSimulation.stepSeconds = stepSeconds;
        List<Reading> readings = java.util.Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        long started = System.nanoTime();
        sampler.scheduleAtFixedRate(
                () -> {
                    try {
                        readings.add(new Reading(System.nanoTime(), portal.cpuTime(), CoreUse.of(othersCpu)));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                0,
                1,
                TimeUnit.SECONDS);
        Path results = Path.of("target", "gatling");
        int exit;
        try {
            exit = Gatling$.MODULE$.fromArgs(new String[] {
                GatlingCliOptions.Simulation.longOption(),
                StarterSimulation.class.getName(),
                GatlingCliOptions.ResultsFolder.longOption(),
                results.toString()
            });
        } finally {
            sampler.shutdown();
            sampler.awaitTermination(5, TimeUnit.SECONDS);
        }
        out.accept(String.format("%nGatling's run ended with %d; its report: %s", exit, newestReport(results)));
        out.accept(
                String.format("Each step's steady part, after its ramp (the people's timings, taken from Gatling):"));
        out.accept(LoadSteps.HEADER);
        LoadSteps table = new LoadSteps(p95LimitMs);
        long stepStart = started;
        for (int step : steps) {
            long steadyFrom = stepStart + TimeUnit.SECONDS.toNanos(StarterSimulation.RAMP_SECONDS);
            long steadyTo = steadyFrom + TimeUnit.SECONDS.toNanos(stepSeconds);
            stepStart = steadyTo;
            List<Reading> within = within(readings, steadyFrom, steadyTo);
            if (within.size() < 2) {
                continue;
            }
            double seconds = (within.getLast().nanos() - within.getFirst().nanos()) / 1e9;
            List<VaadinClient.Timing> taken;
            synchronized (StarterSimulation.timings) {
                taken = StarterSimulation.timings.stream()
                        .filter(timing -> timing.startedNanos() >= steadyFrom && timing.startedNanos() < steadyTo)
                        .toList();
            }
            CoreUse first = within.getFirst().others();
            CoreUse last = within.getLast().others();
            out.accept(table.add(
                            step,
                            taken,
                            steadyFrom,
                            seconds,
                            cpuUse(within, idleCpuMsPerSecond) / 100 * seconds,
                            last.busySince(first),
                            last.driverSince(first))
                    .line());
        }
        out.accept(String.format(
                "%nPeople per core at p95 under %.0f ms with no errors (Gatling): %s",
                p95LimitMs, table.peoplePerCore()));
    }

    private static List<Reading> within(List<Reading> readings, long from, long to) {
        synchronized (readings) {
            return readings.stream()
                    .filter(reading -> reading.nanos() >= from && reading.nanos() <= to)
                    .toList();
        }
    }

    /** The portal's share of its core over the readings, its idle use taken off, in per cent. */
    private static double cpuUse(List<Reading> within, double idleCpuMsPerSecond) {
        double seconds = (within.getLast().nanos() - within.getFirst().nanos()) / 1e9;
        double cpuMs = within.getLast()
                        .portalCpu()
                        .minus(within.getFirst().portalCpu())
                        .toNanos()
                / 1e6;
        return (cpuMs - idleCpuMsPerSecond * seconds) / 1000 / seconds * 100;
    }

    private static Path newestReport(Path results) throws IOException {
        try (var runs = Files.list(results)) {
            return runs.max(Comparator.comparing(run -> run.toFile().lastModified()))
                    .map(run -> run.resolve("index.html"))
                    .orElse(results);
        }
    }
}
