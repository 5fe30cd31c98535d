package uk.nhs.smartcardportal.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.dev.DevServices;

/**
 * How many people one core of the portal holds, through the real protocols (see {@link VaadinClient}) against the
 * production jar (see {@link ProductionJar}) on a large trust. The portal runs alone on one CPU ({@code taskset}); the
 * simulated people, the sign-in provider and MariaDB share the other, so the figures are the portal's own.
 *
 * <p>In one run: the portal's idle CPU; sign-ins as fast as the portal takes them (CPU per sign-in, so sign-ins per
 * second per core); the live heap per session of people on an empty Vaadin page of the same portal and of starters on
 * My smartcard; the portal's CPU per kind of request, beside a navigation between two empty pages; then steps of more
 * and more people with the same think time (starters move between their card, asking to collect elsewhere or
 * withdrawing that, the FAQ, searching it, and their staff passport; five Workforce Systems Team members use the
 * hand-over desk and cards in custody), each printed with throughput, latency after sign-in, errors and the portal's
 * CPU use. Headline: the most people one core serves at p95 under 150 ms with no errors. Asserts nothing.
 *
 * <p>{@code -Dbench.steps=100,200,400,800,1200}, {@code -Dbench.step-seconds=60}, {@code -Dbench.portal-cpu=1},
 * {@code -Dbench.others-cpu=0}, {@code -Dbench.heap-dump=true} (a heap dump with the starters signed in).
 */
class LoadBenchmark {

    private static final int[] STEPS = Arrays.stream(
                    System.getProperty("bench.steps", "100,200,400,800,1200").split(","))
            .mapToInt(step -> Integer.parseInt(step.strip()))
            .toArray();
    private static final int STEP_SECONDS = Integer.getInteger("bench.step-seconds", 60);
    private static final String PORTAL_CPU = System.getProperty("bench.portal-cpu", "1");
    private static final String OTHERS_CPU = System.getProperty("bench.others-cpu", "0");
    private static final int EMPTY_PAGE_PEOPLE = 100;
    private static final int HEAP_STARTERS = 100;
    private static final int SIGN_IN_CONCURRENCY = 8;
    private static final int KIND_PEOPLE = 20;
    private static final int KIND_ROUNDS = 10;
    private static final int WARM_UP_ROUNDS = 5;
    /** Two asks and a withdrawal each: within the portal's three asks a day (see {@link #ASKS_A_DAY}). */
    private static final int SITE_CHANGE_ROUNDS = 2;

    private static final int ADMINS = 5;
    /** The portal's limit on asking to change site, per person per day. */
    private static final int ASKS_A_DAY = 3;

    private static final double P95_LIMIT_MS = 150;
    private static final List<String> SURNAMES = List.of("Khan", "Reilly", "Okafor", "Jones", "Evans");

    private final Map<VaadinClient, Integer> asksToday = new java.util.concurrent.ConcurrentHashMap<>();
    private List<VaadinClient> siteChangePeople = List.of();
    private final List<VaadinClient.Timing> timings = java.util.Collections.synchronizedList(new ArrayList<>());
    private final StringBuilder report = new StringBuilder();
    private HttpClient http;
    private ProductionJar portal;
    private double idleCpuPerSecond;
    private boolean printing = true;

    @Test
    void printFigures() throws Exception {
        Path jar = ProductionJar.find();
        assumeTrue(jar != null, "No jar in target: run ./mvnw -Pproduction,bench verify");
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two CPUs: one for the portal alone");
        Map<String, Object> services = DevServices.properties();
        CpuPinning.pinThisJvmAndItsChildren(OTHERS_CPU);
        String databaseUrl = ProductionJar.newDatabase(services, "load");
        // -Dbench.portal-jfr=true: a flight recording of the portal, target/portal-load.jfr (jfr view hot-methods …)
        List<String> jvm = Boolean.getBoolean("bench.portal-jfr")
                ? List.of("-XX:StartFlightRecording=filename=target/portal-load.jfr,settings=profile,dumponexit=true")
                : List.of();
        try (ProductionJar started = ProductionJar.start(
                jar, services, databaseUrl, jvm, Map.of("PORTAL_BENCH_EMPTY_PAGES", "true"), PORTAL_CPU)) {
            portal = started;
            JdbcTemplate jdbc = ProductionJar.jdbc(databaseUrl);
            new LargeTrustGenerator(jdbc, Clock.systemUTC().instant())
                    .fill(new LargeTrustGenerator.Size(50_000, 200_000, 10_000, 300, true));
            http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .executor(Executors.newVirtualThreadPerTaskExecutor())
                    .build();
            run(jdbc);
        } finally {
            System.out.println(report);
            Files.writeString(Path.of("target", "bench-load.txt"), report);
        }
    }

    private void run(JdbcTemplate jdbc) throws Exception {
        int largestStep = Arrays.stream(STEPS).max().orElse(0);
        // starters whose newest card (the one My smartcard shows) waits for collection, so they may ask to move it
        List<Person> starters = jdbc
                .queryForList(
                        "select s.employee_number, s.work_email from staff s join smartcard c on c.id = "
                                + "(select max(n.id) from smartcard n where n.staff_id = s.id) "
                                + "where c.status in ('IN_STORE', 'ALLOCATED') and c.collection_site_id is not null "
                                + "order by s.id limit ?",
                        largestStep + EMPTY_PAGE_PEOPLE)
                .stream()
                .map(row -> Person.starter(row.get("employee_number"), row.get("work_email")))
                .toList();
        // Workforce Systems Team members are staff too: the provider's roles count only for people on the staff list
        List<Person> admins =
                jdbc
                        .queryForList("select employee_number, work_email from staff order by id desc limit ?", ADMINS)
                        .stream()
                        .map(row -> Person.admin(row.get("employee_number"), row.get("work_email")))
                        .toList();
        long deskSession = jdbc.queryForObject(
                "select session_id from smartcard where status = 'ALLOCATED' "
                        + "group by session_id order by count(*) desc limit 1",
                Long.class);
        line(
                "Portal on CPU %s alone; the simulated people, the sign-in provider and MariaDB on CPU %s. Large trust: "
                        + "50,000 staff, 200,000 cards.",
                PORTAL_CPU, OTHERS_CPU);

        List<Person> stepPeople = starters.subList(0, Math.min(largestStep, starters.size()));
        List<Person> emptyPagePeople = starters.subList(stepPeople.size(), starters.size());
        // the first people warm the portal up (JIT, caches, the provider's keys) and later measure each request kind
        List<VaadinClient> signedIn =
                new ArrayList<>(signIn(stepPeople.subList(0, Math.min(KIND_PEOPLE, stepPeople.size())), "my-card")
                        .clients());
        requestCosts(signedIn, WARM_UP_ROUNDS, false);

        idleCpuPerSecond = idleCpu();
        line("Idle: the portal uses %.1f ms of CPU per second.", idleCpuPerSecond);

        long heapBefore = liveHeap("bench-heap-histogram-before.txt");
        SignIns onEmptyPage = signIn(emptyPagePeople, "bench-empty");
        long heapEmpty = liveHeap("bench-heap-histogram-empty.txt");
        SignIns onMyCard = signIn(
                stepPeople.subList(signedIn.size(), Math.min(signedIn.size() + HEAP_STARTERS, stepPeople.size())),
                "my-card");
        long heapStarters = liveHeap("bench-heap-histogram.txt");
        if (Boolean.getBoolean("bench.heap-dump")) {
            // live objects only, with the starters signed in: what each session keeps (docs/performance.md)
            portal.jcmd(
                    "GC.heap_dump",
                    Path.of("target", "bench-heap-starters.hprof")
                            .toAbsolutePath()
                            .toString());
        }
        signedIn.addAll(onMyCard.clients());

        line("%nSign-in (OIDC code flow, bootstrap page, init and the first page), %d at a time:", SIGN_IN_CONCURRENCY);
        line(
                "%-34s %7s %7s %9s %9s %14s %16s",
                "", "ok", "failed", "p50 ms", "p95 ms", "CPU ms each", "per second/core");
        onEmptyPage.print(this, "people onto an empty page");
        onMyCard.print(this, "starters onto My smartcard");

        long emptyPerSession =
                (heapEmpty - heapBefore) / Math.max(1, onEmptyPage.clients().size());
        long starterPerSession =
                (heapStarters - heapEmpty) / Math.max(1, onMyCard.clients().size());
        line(
                "%nLive heap per session (class histogram after full collections): empty page %d kB, starter on My "
                        + "smartcard %d kB (%.1f× the empty page)",
                emptyPerSession / 1024,
                starterPerSession / 1024,
                starterPerSession / (double) Math.max(1, emptyPerSession));

        siteChangePeople = List.copyOf(signedIn);
        requestCosts(signedIn.subList(0, Math.min(KIND_PEOPLE, signedIn.size())), KIND_ROUNDS, true);

        if ("gatling".equals(System.getProperty("bench.load-tool"))) {
            GatlingSteps.run(
                    portal,
                    stepPeople.stream()
                            .map(person ->
                                    Map.<String, Object>of("subject", person.subject(), "claims", person.claims()))
                            .toList(),
                    STEPS,
                    STEP_SECONDS,
                    idleCpuPerSecond,
                    OTHERS_CPU,
                    P95_LIMIT_MS,
                    text -> line("%s", text));
            return;
        }
        List<VaadinClient> adminClients = signIn(admins, "desk/" + deskSession).clients();
        steps(stepPeople, signedIn, adminClients, deskSession);
    }

    /**
     * The portal's own CPU per kind of request, each kind measured alone: everyone takes a step that is not measured
     * (to another page in the same layout, as the menu does), then the kind.
     */
    private void requestCosts(List<VaadinClient> people, int rounds, boolean print) throws InterruptedException {
        this.printing = print;
        line(
                "%nPortal CPU per request, %d people at a time, %d rounds each (idle CPU taken off):",
                people.size(), rounds);
        line("%-34s %9s %9s %14s %12s %10s", "Request", "count", "p50 ms", "CPU ms each", "× empty", "answer kB");
        double empty = requestCost(
                "open an empty page",
                people,
                rounds,
                client -> client.navigate("bench-empty-2"),
                client -> client.navigate("bench-empty"),
                0);
        requestCost(
                "open my-card", people, rounds, client -> client.navigate("faq"), c -> c.navigate("my-card"), empty);
        requestCost("open faq", people, rounds, client -> client.navigate("passport"), c -> c.navigate("faq"), empty);
        requestCost(
                "open passport",
                people,
                rounds,
                client -> client.navigate("my-card"),
                c -> c.navigate("passport"),
                empty);
        Random random = new Random(7);
        requestCost(
                "search faq",
                people,
                rounds,
                client -> client.navigate("passport") && client.navigate("faq"),
                client -> client.setValue("search faq", "faq-search", "question " + (10 + random.nextInt(290)), ""),
                empty);
        if (print) {
            // the portal lets a person ask to change site three times a day: everyone asks at most that often
            requestCost(
                    "ask for site change",
                    siteChangePeople,
                    SITE_CHANGE_ROUNDS,
                    client -> withNoSiteChangeOpen(client)
                            && client.click("open site change form", "site-change-open", "site-change-to")
                            && client.setValue("choose site", "site-change-to", "1", ""),
                    this::ask,
                    empty);
            requestCost(
                    "withdraw site change",
                    siteChangePeople,
                    SITE_CHANGE_ROUNDS,
                    client -> withASiteChangeOpen(client)
                            && client.click("ask to withdraw", "site-change-withdraw", "ask-first-confirm"),
                    client -> client.click("withdraw", "ask-first-confirm", "withdrawn"),
                    empty);
        }
        requestCost("heartbeat", people, rounds, client -> true, VaadinClient::heartbeat, empty);
        printing = true;
    }

    private double requestCost(
            String kind,
            List<VaadinClient> people,
            int rounds,
            ClientStep neutral,
            ClientStep measured,
            double emptyCost)
            throws InterruptedException {
        double cpuMs = 0;
        int done = 0;
        int failed = 0;
        int answer = 0;
        List<Double> latencies = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            everyone(people, neutral);
            timings.clear();
            Duration before = portal.cpuTime();
            long started = System.nanoTime();
            int ok = everyone(people, measured);
            if (ok < people.size() && round == 0) {
                System.out.println(kind + ": " + people.getFirst().lastProblem());
            }
            double wallSeconds = (System.nanoTime() - started) / 1e9;
            cpuMs += portal.cpuTime().minus(before).toNanos() / 1e6 - idleCpuPerSecond * wallSeconds;
            done += ok;
            failed += people.size() - ok;
            answer = kind.equals("heartbeat") ? 0 : people.getFirst().lastAnswerLength();
            synchronized (timings) {
                timings.forEach(timing -> latencies.add(timing.nanos() / 1e6));
            }
        }
        java.util.Collections.sort(latencies);
        double each = cpuMs / Math.max(1, done);
        line(
                "%-34s %9d %9.1f %14.1f %12s %10.1f",
                kind + (failed > 0 ? " (" + failed + " failed)" : ""),
                done,
                LoadSteps.percentile(latencies, 50),
                each,
                emptyCost == 0 ? "" : String.format("%.1f", each / emptyCost),
                answer / 1024.0);
        return each;
    }

    /** On My smartcard with no request to collect elsewhere waiting (withdrawn if there was one). */
    private boolean withNoSiteChangeOpen(VaadinClient client) throws IOException, InterruptedException {
        if (!onMyCard(client)) {
            return false;
        }
        return !client.has("site-change-withdraw")
                || (client.click("ask to withdraw", "site-change-withdraw", "ask-first-confirm")
                        && client.click("withdraw", "ask-first-confirm", "withdrawn")
                        && onMyCard(client));
    }

    /** On My smartcard with a request to collect elsewhere waiting (asked for if there was none). */
    private boolean withASiteChangeOpen(VaadinClient client) throws IOException, InterruptedException {
        if (!onMyCard(client)) {
            return false;
        }
        return client.has("site-change-withdraw")
                || (client.click("open site change form", "site-change-open", "site-change-to")
                        && client.setValue("choose site", "site-change-to", "1", "")
                        && ask(client)
                        && onMyCard(client));
    }

    /** Sends the open site-change form, counting the asks each person has made today. */
    private boolean ask(VaadinClient client) throws IOException, InterruptedException {
        asksToday.merge(client, 1, Integer::sum);
        return client.click("ask for site change", "site-change-ask", "has been sent");
    }

    /** My smartcard freshly opened, from another page (opening the page already shown keeps it as it is). */
    private static boolean onMyCard(VaadinClient client) throws IOException, InterruptedException {
        return client.navigate("faq") && client.navigate("my-card");
    }

    /** Everyone takes the step at once; how many managed it. */
    private static int everyone(List<VaadinClient> people, ClientStep step) throws InterruptedException {
        AtomicInteger ok = new AtomicInteger();
        try (ExecutorService all = Executors.newVirtualThreadPerTaskExecutor()) {
            for (VaadinClient client : people) {
                all.submit(() -> {
                    if (step.take(client)) {
                        ok.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        return ok.get();
    }

    /** More and more people with the same think time, until p95 or errors show the portal's core is full. */
    private void steps(List<Person> people, List<VaadinClient> signedIn, List<VaadinClient> admins, long deskSession)
            throws Exception {
        line(
                "%nSteps of %d s, each after its new people have signed in (sign-ins not counted), plus %d Workforce "
                        + "Systems Team members:",
                STEP_SECONDS, admins.size());
        LoadSteps steps = new LoadSteps(P95_LIMIT_MS);
        line("%s", LoadSteps.HEADER);
        for (int step : STEPS) {
            if (step > people.size()) {
                line("(only %d starters in the data: no step of %d)", people.size(), step);
                break;
            }
            if (signedIn.size() < step) {
                signedIn.addAll(
                        signIn(people.subList(signedIn.size(), step), "my-card").clients());
            }
            timings.clear();
            Duration before = portal.cpuTime();
            CoreUse othersBefore = CoreUse.of(OTHERS_CPU);
            long started = System.nanoTime();
            work(signedIn.subList(0, Math.min(step, signedIn.size())), admins, deskSession, started);
            double wallSeconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = portal.cpuTime().minus(before).toNanos() / 1e9 - idleCpuPerSecond / 1000 * wallSeconds;
            List<VaadinClient.Timing> taken;
            synchronized (timings) {
                taken = new ArrayList<>(timings);
            }
            CoreUse othersAfter = CoreUse.of(OTHERS_CPU);
            LoadSteps.Step result = steps.add(
                    step + admins.size(),
                    taken,
                    started,
                    wallSeconds,
                    cpuSeconds,
                    othersAfter.busySince(othersBefore),
                    othersAfter.driverSince(othersBefore));
            line("%s", result.line());
            if (result.otherCoreUse() > 0.95) {
                line("(the core of the people, the provider and MariaDB was full: this step measures the machine)");
            }
            if (result.saturated()) {
                line("(the portal's core is full: no larger step)");
                break;
            }
        }
        line("%nPeople per core at p95 under %.0f ms with no errors: %s", P95_LIMIT_MS, steps.peoplePerCore());
        steps.write(Path.of("target"));
    }

    /** One step: each person moves between their pages with think time until the step ends. */
    private void work(List<VaadinClient> starters, List<VaadinClient> admins, long deskSession, long started)
            throws InterruptedException {
        long endAt = started + Duration.ofSeconds(STEP_SECONDS).toNanos();
        List<String> starterRoutes = List.of("faq", "passport", "my-card");
        List<String> adminRoutes = List.of("custody", "desk/" + deskSession);
        try (ExecutorService everyone = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < starters.size() + admins.size(); i++) {
                boolean admin = i >= starters.size();
                VaadinClient client = admin ? admins.get(i - starters.size()) : starters.get(i);
                List<String> routes = admin ? adminRoutes : starterRoutes;
                Random random = new Random(i);
                everyone.submit(() -> {
                    // people are spread over the think time, not all at the first second
                    TimeUnit.MILLISECONDS.sleep(random.nextInt(10_000));
                    int visit = random.nextInt(routes.size());
                    try {
                        while (System.nanoTime() < endAt) {
                            String route = routes.get(visit++ % routes.size());
                            client.navigate(route);
                            TimeUnit.MILLISECONDS.sleep(1_000 + random.nextInt(3_000));
                            if (System.nanoTime() >= endAt) {
                                break;
                            }
                            act(client, route, random);
                            if (visit % 3 == 0) {
                                client.heartbeat();
                            }
                            TimeUnit.MILLISECONDS.sleep(3_000 + random.nextInt(7_000));
                        }
                    } catch (IOException | RuntimeException e) {
                        // a request that timed out or broke the connection: an error, and this person stops
                        timings.add(new VaadinClient.Timing("request failed", System.nanoTime(), 0, false));
                    }
                    return null;
                });
            }
        }
    }

    /**
     * What a person does on a page after reading it: searches the FAQ, asks to collect at another site (or withdraws
     * the request made last time), looks someone up at the desk. A step whose element is missing counts as an error.
     */
    private void act(VaadinClient client, String route, Random random) throws IOException, InterruptedException {
        boolean done;
        String what;
        if (route.equals("faq")) {
            what = "search faq";
            done = client.setValue(what, "faq-search", "question " + (10 + random.nextInt(290)), "faq-bench-question");
        } else if (route.equals("my-card") && client.has("site-change-withdraw")) {
            what = "withdraw site change";
            done = client.click("ask to withdraw", "site-change-withdraw", "ask-first-confirm")
                    && client.click(what, "ask-first-confirm", "withdrawn");
        } else if (route.equals("my-card") && asksToday.getOrDefault(client, 0) < ASKS_A_DAY) {
            what = "ask for site change";
            done = client.click("open site change form", "site-change-open", "site-change-to")
                    && client.setValue("choose site", "site-change-to", "1", "")
                    && ask(client);
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

    /** Signs the people in, a few at a time, as fast as the portal takes them; the portal's CPU over the whole. */
    private SignIns signIn(List<Person> people, String route) throws InterruptedException {
        timings.clear();
        List<VaadinClient> clients = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(SIGN_IN_CONCURRENCY);
        Duration before = portal.cpuTime();
        long started = System.nanoTime();
        try (ExecutorService all = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Person person : people) {
                all.submit(() -> {
                    slots.acquire();
                    try {
                        VaadinClient client = new VaadinClient(http, portal.baseUrl(), timings);
                        client.signInAndOpen(person.subject(), person.claims(), route);
                        clients.add(client);
                    } catch (IOException | RuntimeException e) {
                        failed.incrementAndGet();
                    } finally {
                        slots.release();
                    }
                    return null;
                });
            }
        }
        double wallSeconds = (System.nanoTime() - started) / 1e9;
        double cpuMs = portal.cpuTime().minus(before).toNanos() / 1e6 - idleCpuPerSecond * wallSeconds;
        List<Double> whole = new ArrayList<>();
        synchronized (timings) {
            timings.stream()
                    .filter(timing -> timing.what().equals("sign-in"))
                    .forEach(timing -> whole.add(timing.nanos() / 1e6));
        }
        java.util.Collections.sort(whole);
        return new SignIns(new ArrayList<>(clients), failed.get(), wallSeconds, cpuMs, whole);
    }

    /** CPU the portal uses with nobody asking anything (its schedules, the collector), after a pause to settle. */
    private double idleCpu() throws InterruptedException {
        TimeUnit.SECONDS.sleep(5);
        Duration before = portal.cpuTime();
        TimeUnit.SECONDS.sleep(15);
        return portal.cpuTime().minus(before).toNanos() / 1e6 / 15;
    }

    /** Bytes of live objects in the portal's heap, from a class histogram (a full collection first), kept in target/. */
    private long liveHeap(String file) throws IOException, InterruptedException {
        String histogram = portal.jcmd("GC.class_histogram");
        Files.writeString(Path.of("target", file), histogram);
        java.util.regex.Matcher total =
                java.util.regex.Pattern.compile("Total\\s+\\d+\\s+(\\d+)").matcher(histogram);
        if (!total.find()) {
            throw new IOException("No total in the class histogram");
        }
        return Long.parseLong(total.group(1));
    }

    private void line(String format, Object... values) {
        if (!printing) {
            return;
        }
        String text = String.format(format, values);
        report.append(text).append('\n');
        System.out.println(text);
    }

    @FunctionalInterface
    private interface ClientStep {
        boolean take(VaadinClient client) throws IOException, InterruptedException;
    }

    private record Person(String subject, String claims) {
        static Person starter(Object employeeNumber, Object email) {
            return new Person("bench-" + employeeNumber, "{\"email\":\"" + email + "\",\"email_verified\":true}");
        }

        static Person admin(Object employeeNumber, Object email) {
            return new Person(
                    "bench-admin-" + employeeNumber,
                    "{\"email\":\"" + email + "\",\"email_verified\":true,\"roles\":[\"WORKFORCE\"]}");
        }
    }

    private record SignIns(
            List<VaadinClient> clients, int failed, double wallSeconds, double cpuMs, List<Double> latencies) {

        void print(LoadBenchmark benchmark, String who) {
            double each = cpuMs / Math.max(1, clients.size());
            benchmark.line(
                    "%-34s %7d %7d %9.1f %9.1f %14.1f %16.1f",
                    who,
                    clients.size(),
                    failed,
                    LoadSteps.percentile(latencies, 50),
                    LoadSteps.percentile(latencies, 95),
                    each,
                    each <= 0 ? 0 : 1000 / each);
        }
    }
}
