package uk.nhs.smartcardportal.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.dev.DevServices;

/**
 * Many people at once through the real protocols (see {@link VaadinClient}) against the production jar (see
 * {@link ProductionJar}) on a large trust: starters sign in and move between their card (asking to collect at another
 * site, or withdrawing that request), the FAQ (searching it) and their staff passport with think time; a few Workforce
 * Systems Team members open the hand-over desk (and search it) and cards in custody. Prints throughput, latency
 * percentiles, errors and the portal's live heap per session (jcmd, after full collections); writes the latencies as
 * CSV, a latency-over-time chart and class histograms to target/. The portal and the simulated people share the two
 * cores. Size with -Dbench.people (default 1000) and -Dbench.seconds (default 120).
 */
class LoadBenchmark {

    private static final int PEOPLE = Integer.getInteger("bench.people", 1_000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 120);
    private static final int WARM_UP_SECONDS = 15;
    private static final int ADMINS = 5;
    private static final List<String> SURNAMES = List.of("Khan", "Reilly", "Okafor", "Jones", "Evans");

    @Test
    void printFigures() throws Exception {
        Path jar = ProductionJar.find();
        assumeTrue(jar != null, "No jar in target: run ./mvnw -Pproduction,bench verify");
        Map<String, Object> services = DevServices.properties();
        String databaseUrl = ProductionJar.newDatabase(services, "load");
        try (ProductionJar portal = ProductionJar.start(jar, services, databaseUrl, List.of())) {
            JdbcTemplate jdbc = ProductionJar.jdbc(databaseUrl);
            new LargeTrustGenerator(jdbc, Clock.systemUTC().instant())
                    .fill(new LargeTrustGenerator.Size(50_000, 200_000, 10_000, 300, true));
            run(portal, jdbc);
        }
    }

    private void run(ProductionJar portalJar, JdbcTemplate jdbc) throws Exception {
        // starters whose newest card (the one My smartcard shows) waits for collection, so they may ask to move it
        List<Map<String, Object>> starters = jdbc.queryForList(
                "select s.employee_number, s.work_email from staff s "
                        + "join smartcard c on c.id = (select max(n.id) from smartcard n where n.staff_id = s.id) "
                        + "where c.status in ('IN_STORE', 'ALLOCATED') and c.collection_site_id is not null "
                        + "order by s.id limit ?",
                PEOPLE);
        // Workforce Systems Team members are staff too: the provider's roles count only for people on the staff list
        List<Map<String, Object>> admins = jdbc.queryForList(
                "select employee_number, work_email from staff " + "order by id desc limit ?", ADMINS);
        long deskSession = jdbc.queryForObject(
                "select session_id from smartcard where status = 'ALLOCATED' "
                        + "group by session_id order by count(*) desc limit 1",
                Long.class);
        long baseline = liveHeap(portalJar, "bench-heap-histogram-before.txt");

        List<VaadinClient.Timing> timings = Collections.synchronizedList(new ArrayList<>());
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        String portal = portalJar.baseUrl();
        AtomicInteger signedIn = new AtomicInteger();
        AtomicInteger failedSignIns = new AtomicInteger();
        long startedAt = System.nanoTime();
        long endAt = startedAt + Duration.ofSeconds(SECONDS).toNanos();
        long rampNanos = Duration.ofSeconds(Math.max(10, SECONDS / 4)).toNanos();
        ExecutorService people = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < starters.size() + ADMINS; i++) {
            boolean admin = i >= starters.size();
            Map<String, Object> person = admin ? admins.get(i - starters.size()) : starters.get(i);
            long startDelay = rampNanos * i / (starters.size() + ADMINS);
            int index = i;
            people.submit(() -> {
                Random random = new Random(index);
                VaadinClient client = new VaadinClient(http, portal, timings);
                try {
                    TimeUnit.NANOSECONDS.sleep(startDelay);
                    if (admin) {
                        client.signInAndOpen(
                                "bench-admin-" + person.get("employee_number"),
                                "{\"email\":\"" + person.get("work_email")
                                        + "\",\"email_verified\":true,\"roles\":[\"WORKFORCE\"]}",
                                "desk/" + deskSession);
                    } else {
                        client.signInAndOpen(
                                "bench-" + person.get("employee_number"),
                                "{\"email\":\"" + person.get("work_email") + "\",\"email_verified\":true}",
                                "my-card");
                    }
                    signedIn.incrementAndGet();
                    List<String> routes =
                            admin ? List.of("custody", "desk/" + deskSession) : List.of("faq", "passport", "my-card");
                    int step = 0;
                    while (System.nanoTime() < endAt) {
                        TimeUnit.MILLISECONDS.sleep(3_000 + random.nextInt(7_000));
                        if (System.nanoTime() >= endAt) {
                            break;
                        }
                        String route = routes.get(step++ % routes.size());
                        client.navigate(route);
                        TimeUnit.MILLISECONDS.sleep(1_000 + random.nextInt(3_000));
                        work(client, route, random, timings);
                        if (step % 3 == 0) {
                            client.heartbeat();
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    failedSignIns.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
        }
        people.shutdown();
        long heapPerSession = 0;
        TimeUnit.NANOSECONDS.sleep(Math.max(0, rampNanos + Duration.ofSeconds(5).toNanos()));
        long loaded = liveHeap(portalJar, "bench-heap-histogram.txt");
        int sessions = signedIn.get();
        heapPerSession = sessions == 0 ? 0 : (loaded - baseline) / sessions;
        people.awaitTermination(SECONDS + 120L, TimeUnit.SECONDS);
        report(new ArrayList<>(timings), startedAt, sessions, failedSignIns.get(), baseline, loaded, heapPerSession);
    }

    /**
     * Bytes of live objects in the portal's heap, from a class histogram (which collects garbage fully first); the
     * histogram is kept in target/ to see what holds the memory.
     */
    private static long liveHeap(ProductionJar portal, String file) throws IOException, InterruptedException {
        String histogram = portal.jcmd("GC.class_histogram");
        Files.writeString(Path.of("target", file), histogram);
        java.util.regex.Matcher total =
                java.util.regex.Pattern.compile("Total\\s+\\d+\\s+(\\d+)").matcher(histogram);
        if (!total.find()) {
            throw new IOException("No total in the class histogram");
        }
        return Long.parseLong(total.group(1));
    }

    /**
     * What a person does on a page after reading it: searches the FAQ, asks to collect at another site (or withdraws
     * the request made last time), looks someone up at the desk. A step whose element is missing counts as an error.
     */
    private static void work(VaadinClient client, String route, Random random, List<VaadinClient.Timing> timings)
            throws IOException, InterruptedException {
        boolean done;
        String what;
        if (route.equals("faq")) {
            what = "search faq";
            done = client.setValue(what, "faq-search", "question " + (10 + random.nextInt(290)), "faq-bench-question");
        } else if (route.equals("my-card") && client.has("site-change-withdraw")) {
            what = "withdraw site change";
            done = client.click("ask to withdraw", "site-change-withdraw", "ask-first-confirm")
                    && client.click(what, "ask-first-confirm", "withdrawn");
        } else if (route.equals("my-card")) {
            what = "ask for site change";
            done = client.click("open site change form", "site-change-open", "site-change-to")
                    && client.setValue("choose site", "site-change-to", "1", "")
                    && client.click(what, "site-change-ask", "has been sent");
        } else if (route.startsWith("desk/")) {
            what = "search desk";
            done = client.setValue(what, "desk-search", SURNAMES.get(random.nextInt(SURNAMES.size())), "");
        } else {
            return;
        }
        if (!done) {
            timings.add(new VaadinClient.Timing(what + " (not possible)", System.nanoTime(), 0, false));
        }
    }

    private void report(
            List<VaadinClient.Timing> timings,
            long startedAt,
            int sessions,
            int failed,
            long baseline,
            long loaded,
            long perSession)
            throws IOException {
        Map<String, List<Double>> byWhat = new TreeMap<>();
        int errors = 0;
        double firstSecond = Double.MAX_VALUE;
        double lastSecond = 0;
        StringBuilder csv = new StringBuilder("seconds,what,ms,ok\n");
        for (VaadinClient.Timing timing : timings) {
            double ms = timing.nanos() / 1e6;
            double at = (timing.startedNanos() - startedAt) / 1e9;
            byWhat.computeIfAbsent(timing.what(), what -> new ArrayList<>()).add(ms);
            byWhat.computeIfAbsent("all requests except sign-in", what -> new ArrayList<>());
            byWhat.computeIfAbsent("all except sign-in, after " + WARM_UP_SECONDS + " s", what -> new ArrayList<>());
            if (!timing.what().equals("sign-in")) {
                byWhat.get("all requests except sign-in").add(ms);
                if (at >= WARM_UP_SECONDS) {
                    byWhat.get("all except sign-in, after " + WARM_UP_SECONDS + " s")
                            .add(ms);
                }
            }
            errors += timing.ok() ? 0 : 1;
            firstSecond = Math.min(firstSecond, at);
            lastSecond = Math.max(lastSecond, at);
            csv.append(String.format("%.3f,%s,%.2f,%s%n", at, timing.what(), ms, timing.ok()));
        }
        StringBuilder table = new StringBuilder(String.format(
                "%n%d people (%d signed in, %d failed), %d s, %d requests " + "(%.1f per second), %d errors%n",
                PEOPLE + ADMINS,
                sessions,
                failed,
                SECONDS,
                timings.size(),
                timings.size() / Math.max(1, lastSecond - firstSecond),
                errors));
        table.append(String.format("%-32s %8s %8s %8s %8s%n", "Request", "count", "p50 ms", "p95 ms", "p99 ms"));
        byWhat.forEach((what, list) -> {
            Collections.sort(list);
            table.append(String.format(
                    "%-32s %8d %8.1f %8.1f %8.1f%n", what, list.size(), pct(list, 50), pct(list, 95), pct(list, 99)));
        });
        table.append(String.format(
                "Live heap after GC: %d MB before, %d MB with the sessions open: %d kB per " + "session%n",
                baseline / 1024 / 1024, loaded / 1024 / 1024, perSession / 1024));
        System.out.println(table);
        Files.writeString(Path.of("target", "bench-load.csv"), csv);
        Files.writeString(Path.of("target", "bench-load.txt"), table);
        chart(timings, startedAt);
    }

    private static double pct(List<Double> sorted, int percentile) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100));
    }

    /** Latency over time: the 50th and 95th percentile of each second's requests (sign-in left out). */
    private static void chart(List<VaadinClient.Timing> timings, long startedAt) throws IOException {
        Map<Integer, List<Double>> perSecond = new TreeMap<>();
        for (VaadinClient.Timing timing : timings) {
            if (!timing.what().equals("sign-in")) {
                perSecond
                        .computeIfAbsent(
                                (int) ((timing.startedNanos() - startedAt) / 1_000_000_000L),
                                second -> new ArrayList<>())
                        .add(timing.nanos() / 1e6);
            }
        }
        List<Integer> seconds = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        perSecond.forEach((second, list) -> {
            Collections.sort(list);
            seconds.add(second);
            p50.add(pct(list, 50));
            p95.add(pct(list, 95));
        });
        if (seconds.isEmpty()) {
            return;
        }
        XYChart chart = new XYChartBuilder()
                .width(1000)
                .height(500)
                .title("Latency over time")
                .xAxisTitle("seconds since start")
                .yAxisTitle("ms")
                .build();
        chart.addSeries("p50", seconds, p50);
        chart.addSeries("p95", seconds, p95);
        BitmapEncoder.saveBitmap(
                chart, Path.of("target", "bench-load-latency").toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
