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

    private record Reading(long nanos, Duration portalCpu) {}

    private GatlingSteps() {}

    static void run(
            ProductionJar portal,
            List<Map<String, Object>> people,
            int[] steps,
            int stepSeconds,
            double idleCpuMsPerSecond,
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
                () -> readings.add(new Reading(System.nanoTime(), portal.cpuTime())), 0, 1, TimeUnit.SECONDS);
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
        out.accept(String.format("%7s %16s", "people", "portal CPU"));
        long stepStart = started;
        for (int step : steps) {
            long steadyFrom = stepStart + TimeUnit.SECONDS.toNanos(StarterSimulation.RAMP_SECONDS);
            long steadyTo = steadyFrom + TimeUnit.SECONDS.toNanos(stepSeconds);
            out.accept(String.format("%7d %15.0f%%", step, cpuUse(readings, steadyFrom, steadyTo, idleCpuMsPerSecond)));
            stepStart = steadyTo;
        }
    }

    private static double cpuUse(List<Reading> readings, long from, long to, double idleCpuMsPerSecond) {
        List<Reading> within;
        synchronized (readings) {
            within = readings.stream()
                    .filter(reading -> reading.nanos() >= from && reading.nanos() <= to)
                    .toList();
        }
        if (within.size() < 2) {
            return 0;
        }
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
