package uk.nhs.smartcardportal.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import uk.nhs.smartcardportal.IntegrationTest;

/**
 * Page load as a person on a phone sees it: Lighthouse (npm, installed into target/ on first use) in its default
 * mobile setting, run with Debian's chromium, on a signed-in starter's card page and, in the same run, on an empty
 * page of the same Vaadin version served by the same portal (same shell, same compression and caching). Run it with
 * the production profile ({@code ./mvnw -Pproduction,bench verify}) so the pages are served as in production.
 * Prints the median of three runs per page and the response headers that decide compression and caching.
 */
@IntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "portal.bench.empty-pages=true")
class PageLoadBenchmark {

    static final String LIGHTHOUSE = "lighthouse@12.8.2";
    private static final int RUNS = Integer.getInteger("bench.lighthouse-runs", 3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path INSTALL = Path.of("target", "lighthouse");

    private record Result(
            double score, double lcpMs, double fcpMs, double tbtMs, double kib, double compression, double caching) {}

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void printFigures() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "chromium is not installed");
        Path cli = installLighthouse();
        new LargeTrustGenerator(jdbc, clock.instant()).fill(new LargeTrustGenerator.Size(1_000, 2_000, 200, 300, true));
        Map<String, Object> starter = jdbc.queryForMap("select s.employee_number, s.work_email from staff s join "
                + "smartcard c on c.staff_id = s.id where c.status = 'IN_STORE' order by s.id limit 1");
        String portal = "http://localhost:" + port + "/";
        HttpClient http = HttpClient.newHttpClient();
        VaadinClient browser = new VaadinClient(http, portal, Collections.synchronizedList(new ArrayList<>()));
        browser.signInAndOpen(
                "bench-" + starter.get("employee_number"),
                "{\"email\":\"" + starter.get("work_email") + "\",\"email_verified\":true}",
                "my-card");
        Path headers = Path.of("target", "lighthouse-headers.json");
        Files.writeString(headers, JSON.writeValueAsString(Map.of("Cookie", browser.cookieHeader())));

        StringBuilder table = new StringBuilder(String.format(
                "%nLighthouse %s, mobile (default throttling), median "
                        + "of %d runs%n%-28s %6s %9s %9s %9s %10s %12s %9s%n",
                LIGHTHOUSE, RUNS, "Page", "score", "LCP ms", "FCP ms", "TBT ms", "KiB sent", "compression", "caching"));
        for (String[] page : List.of(
                new String[] {"Empty Vaadin page", "bench-empty"}, new String[] {"Starter: my card", "my-card"})) {
            List<Result> results = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                results.add(lighthouse(cli, portal + page[1], headers, page[1] + "-" + run));
            }
            results.sort((a, b) -> Double.compare(a.score(), b.score()));
            Result median = results.get(results.size() / 2);
            table.append(String.format(
                    "%-28s %6.2f %9.0f %9.0f %9.0f %10.0f %12s %9s%n",
                    page[0],
                    median.score(),
                    median.lcpMs(),
                    median.fcpMs(),
                    median.tbtMs(),
                    median.kib(),
                    audit(median.compression()),
                    audit(median.caching())));
        }
        table.append(staticResourceHeaders(http, portal, browser.cookieHeader()));
        System.out.println(table);
        Files.writeString(Path.of("target", "bench-pageload.txt"), table);
    }

    private static String audit(double score) {
        return Double.isNaN(score) ? "n/a" : score >= 0.9 ? "passed" : String.format("%.2f", score);
    }

    /** The Vaadin bundle the page loads, fetched as a browser does: is it compressed, and may it be cached? */
    private static String staticResourceHeaders(HttpClient http, String portal, String cookie)
            throws IOException, InterruptedException {
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(portal + "my-card"))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher script =
                Pattern.compile("src=\"\\.?/?(VAADIN/build/[^\"]+\\.js)\"").matcher(page);
        if (!script.find()) {
            return "No bundle script found on the page\n";
        }
        HttpResponse<byte[]> bundle = http.send(
                HttpRequest.newBuilder(URI.create(portal + script.group(1)))
                        .header("Accept-Encoding", "gzip")
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return String.format(
                "%s: %d, Content-Encoding %s, %d KiB sent, Cache-Control %s%n",
                script.group(1),
                bundle.statusCode(),
                bundle.headers().firstValue("Content-Encoding").orElse("none"),
                bundle.body().length / 1024,
                bundle.headers().firstValue("Cache-Control").orElse("none"));
    }

    private static Path installLighthouse() throws IOException, InterruptedException {
        Path cli = INSTALL.resolve("node_modules/lighthouse/cli/index.js");
        if (!Files.exists(cli)) {
            Files.createDirectories(INSTALL);
            Process npm = new ProcessBuilder(
                            "npm", "install", "--no-audit", "--no-fund", "--prefix", INSTALL.toString(), LIGHTHOUSE)
                    .inheritIO()
                    .start();
            assumeTrue(npm.waitFor(5, TimeUnit.MINUTES) && npm.exitValue() == 0, "npm could not install " + LIGHTHOUSE);
        }
        return cli;
    }

    private static Result lighthouse(Path cli, String url, Path headers, String name)
            throws IOException, InterruptedException {
        Path report = Path.of("target", "lighthouse-" + name + ".json");
        ProcessBuilder builder = new ProcessBuilder(
                        "node",
                        cli.toString(),
                        url,
                        "--quiet",
                        "--output=json",
                        "--output-path=" + report,
                        "--only-categories=performance",
                        "--extra-headers=" + headers,
                        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "lighthouse-" + name + ".log").toFile());
        builder.environment().put("CHROME_PATH", "/usr/bin/chromium");
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("Lighthouse failed on " + url + "; see target/lighthouse-" + name + ".log");
        }
        JsonNode json = JSON.readTree(report.toFile());
        JsonNode audits = json.path("audits");
        return new Result(
                json.path("categories").path("performance").path("score").asDouble(Double.NaN),
                audits.path("largest-contentful-paint").path("numericValue").asDouble(Double.NaN),
                audits.path("first-contentful-paint").path("numericValue").asDouble(Double.NaN),
                audits.path("total-blocking-time").path("numericValue").asDouble(Double.NaN),
                audits.path("total-byte-weight").path("numericValue").asDouble(Double.NaN) / 1024,
                audits.path("uses-text-compression").path("score").asDouble(Double.NaN),
                audits.path("uses-long-cache-ttl").path("score").asDouble(Double.NaN));
    }
}
