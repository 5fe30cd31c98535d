package uk.nhs.smartcardportal.bench;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.dev.DemoUser;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.passport.PassportService;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.StaffRepository;

/**
 * Server time and SQL statements for the first page of every list, the hand-over desk search, the dashboard, a
 * starter's card and passport pages: measured in-process through the real views and services, at a trust with 2,000
 * cards and again at 200,000, with the ratio between them; with {@code -Dbench.region=true}, also at a region's size
 * (five trusts: 250,000 staff, 1,000,000 cards). Prints a table; asserts nothing (see docs/performance.md).
 */
@IntegrationTest
@Import(CountingDataSource.class)
@org.springframework.test.context.TestPropertySource(
        properties = {
            "spring.jpa.properties.hibernate.log_slow_query=${bench.slow-query-ms:40}",
            "logging.level.org.hibernate.SQL_SLOW=info"
        })
class ViewBenchmark extends SpringBrowserlessTest {

    private static final int RUNS = 15;
    private static final int WARM_UP_RUNS = 10;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffRepository staff;

    @Autowired
    PassportService passports;

    @Autowired
    Clock clock;

    private record Page(String name, DemoUser user, String route, String search) {}

    private record Figures(double medianMs, double p90Ms, long statements) {}

    @Test
    void printFigures() {
        LargeTrustGenerator generator = new LargeTrustGenerator(jdbc, clock.instant());
        Map<String, Figures> small = stage(generator, new LargeTrustGenerator.Size(1_000, 2_000, 200, 300, true));
        Map<String, Figures> large = stage(generator, new LargeTrustGenerator.Size(50_000, 200_000, 10_000, 300, true));
        Map<String, Figures> region = Boolean.getBoolean("bench.region")
                ? stage(generator, new LargeTrustGenerator.Size(250_000, 1_000_000, 50_000, 300, true))
                : Map.of();
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                "%n%-34s %12s %8s %12s %8s %7s%s%n",
                "View (first page)",
                "2k cards ms",
                "SQL",
                "200k cards ms",
                "SQL",
                "ratio",
                region.isEmpty() ? "" : String.format(" %12s %8s %10s", "1M cards ms", "SQL", "1M / 200k")));
        small.forEach((name, before) -> {
            Figures after = large.get(name);
            Figures regional = region.get(name);
            table.append(String.format(
                    "%-34s %12.1f %8d %12.1f %8d %7.2f%s%n",
                    name,
                    before.medianMs(),
                    before.statements(),
                    after.medianMs(),
                    after.statements(),
                    after.medianMs() / before.medianMs(),
                    regional == null
                            ? ""
                            : String.format(
                                    " %12.1f %8d %10.2f",
                                    regional.medianMs(),
                                    regional.statements(),
                                    regional.medianMs() / after.medianMs())));
        });
        System.out.println(table);
    }

    private Map<String, Figures> stage(LargeTrustGenerator generator, LargeTrustGenerator.Size size) {
        long started = System.nanoTime();
        generator.fill(size);
        long filled = System.nanoTime();
        SignIn.as(DemoUsers.ADMIN, staff);
        int assessed = passports.reassessEveryone();
        long reassessed = System.nanoTime();
        System.out.printf(
                "%nData: %d staff, %d cards, %d card moves, %d audit events, %d sessions, %d FAQ entries, "
                        + "%d training records; filled in %d s; %d passport answers worked out in %d ms%n",
                count("staff"),
                count("smartcard"),
                count("card_transition"),
                count("audit_event"),
                count("collection_session"),
                count("faq_entry"),
                count("training_record"),
                (filled - started) / 1_000_000_000,
                assessed,
                (reassessed - filled) / 1_000_000);
        long deskSession = jdbc.queryForObject(
                "select session_id from smartcard where status = 'ALLOCATED' "
                        + "group by session_id order by count(*) desc limit 1",
                Long.class);
        List<Page> pages = List.of(
                new Page("Starter: my card", DemoUsers.STARTER, "my-card", null),
                new Page("Starter: my staff passport", DemoUsers.STARTER, "passport", null),
                new Page("Starter: FAQ", DemoUsers.STARTER, "faq", null),
                new Page("Manager: team", DemoUsers.MANAGER, "team", null),
                new Page("Manager: team passports", DemoUsers.MANAGER, "team-passports", null),
                new Page("Recruitment: print queue", DemoUsers.RECRUITER, "print-queue", null),
                new Page("Workforce: dashboard", DemoUsers.ADMIN, "dashboard", null),
                new Page("Workforce: site changes", DemoUsers.ADMIN, "site-changes", null),
                new Page("Workforce: sessions", DemoUsers.ADMIN, "sessions", null),
                new Page("Workforce: book cards", DemoUsers.ADMIN, "allocate", null),
                new Page("Workforce: cards in custody", DemoUsers.ADMIN, "custody", null),
                new Page("Workforce: where is a card", DemoUsers.ADMIN, "find-card", "Khan"),
                new Page("Workforce: hand-over desk search", DemoUsers.ADMIN, "desk/" + deskSession, "Khan"),
                new Page("Workforce: stock", DemoUsers.ADMIN, "stock", null),
                new Page("Workforce: audit trail", DemoUsers.ADMIN, "audit", null),
                new Page("Workforce: e-mail outbox", DemoUsers.ADMIN, "outbox", null),
                new Page("Workforce: staff passports", DemoUsers.ADMIN, "passports", null),
                new Page("Workforce: people and roles", DemoUsers.ADMIN, "people", null));
        Map<String, Figures> figures = new LinkedHashMap<>();
        String only = System.getProperty("bench.pages", "").toLowerCase(java.util.Locale.ROOT);
        for (Page page : pages) {
            if (!only.isBlank()
                    && java.util.Arrays.stream(only.split(","))
                            .noneMatch(part -> page.name()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .contains(part.strip()))) {
                continue;
            }
            figures.put(page.name(), measure(page));
        }
        return figures;
    }

    private Figures measure(Page page) {
        SignIn.as(page.user(), staff);
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            leave();
            open(page);
        }
        double[] times = new double[RUNS];
        long statements = 0;
        StatementTimes.clear();
        for (int i = 0; i < RUNS; i++) {
            leave();
            QueryCountHolder.clear();
            StatementTimes.recording(true);
            long started = System.nanoTime();
            open(page);
            times[i] = (System.nanoTime() - started) / 1_000_000.0;
            StatementTimes.recording(false);
            statements = QueryCountHolder.getGrandTotal().getTotal();
        }
        Arrays.sort(times);
        if (Boolean.getBoolean("bench.statements")) {
            System.out.printf("%n%s: %.1f ms, slowest statements%n", page.name(), times[RUNS / 2]);
            StatementTimes.slowest(Integer.getInteger("bench.statements-shown", 3), RUNS)
                    .forEach(line -> System.out.println("  " + line));
        }
        return new Figures(times[RUNS / 2], times[(int) (RUNS * 0.9)], statements);
    }

    /**
     * Opens the page as a browser would: the server's response is written (lists count their rows, where they count)
     * and each list fetches its first page; then the search runs, if any. Lists that do not count (the audit trail,
     * printed cards) are only asked for their first page, as the browser asks.
     */
    private void open(Page page) {
        UI.getCurrent().navigate(page.route());
        if (page.search() != null) {
            TextField box = find(TextField.class).first();
            test(box).setValue(page.search());
        }
        roundTrip();
        // What the browser sends once it has drawn each list: the rows it can show. (The test helpers' getRow would
        // count the rows again for every call, which no browser makes the server do.)
        for (Grid<?> grid : new ArrayList<>(find(Grid.class).all())) {
            grid.getDataCommunicator().setViewportRange(0, grid.getPageSize());
        }
        roundTrip();
    }

    /**
     * Goes to the home page first: Vaadin keeps the view when the page already shown is opened again, so without this
     * every run after the first would measure nothing.
     */
    private void leave() {
        UI.getCurrent().navigate("");
        roundTrip();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
