package uk.nhs.smartcardportal.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.nhs.smartcardportal.dev.DevServices;

/**
 * Starts the production jar (build it first: {@code ./mvnw -Pproduction -DskipTests package}) as a person deploying
 * the portal would, configured only by environment variables, against a real MariaDB and OIDC provider (the embedded
 * ones), and prints how long it takes to be ready: once on an empty database (migrations run) and twice more on the
 * migrated one. Asserts nothing.
 */
class ProductionStartBenchmark {

    private static final Pattern STARTED = Pattern.compile("Started Application in ([0-9.]+) seconds");

    @Test
    void printStartTimes() throws Exception {
        Path jar;
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            jar = jars.filter(path -> path.toString().endsWith(".jar") && !path.toString().endsWith("-plain.jar"))
                    .findFirst().orElse(null);
        }
        assumeTrue(jar != null, "No jar in target: run ./mvnw -Pproduction -DskipTests package first");
        Map<String, Object> services = DevServices.properties();
        String url = services.get("spring.datasource.url").toString();
        String database = "prodstart" + System.nanoTime() % 100_000;
        new JdbcTemplate(new DriverManagerDataSource(url, "root", "")).execute("create database " + database);
        String databaseUrl = url.substring(0, url.lastIndexOf('/') + 1) + database;
        System.out.printf("%nProduction jar %s (%d MB)%n", jar.getFileName(), Files.size(jar) / 1024 / 1024);
        start(jar, services, databaseUrl, "empty database, migrations run", List.of());
        start(jar, services, databaseUrl, "migrated database", List.of());
        // JDK 25 ahead-of-time cache (JEP 483/514): a training start writes it when the JVM exits, later starts use it.
        Path cache = Path.of("target", "portal.aot");
        Files.deleteIfExists(cache);
        start(jar, services, databaseUrl, "training run writing the AOT cache", List.of("-XX:AOTCacheOutput=" + cache));
        if (Files.exists(cache)) {
            for (int run = 1; run <= 2; run++) {
                start(jar, services, databaseUrl, "migrated database, with the AOT cache",
                        List.of("-XX:AOTCache=" + cache));
            }
        }
    }

    private void start(Path jar, Map<String, Object> services, String databaseUrl, String what, List<String> jvm)
            throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        File log = Path.of("target", "bench-start-" + System.nanoTime() % 1000 + ".log").toFile();
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("PORT", String.valueOf(port));
        env.put("DB_URL", databaseUrl);
        env.put("DB_USERNAME", "root");
        env.put("DB_PASSWORD", "");
        env.put("OIDC_ISSUER_URI", services.get("spring.security.oauth2.client.provider.portal.issuer-uri").toString());
        env.put("OIDC_CLIENT_ID", "portal");
        env.put("OIDC_CLIENT_SECRET", "demo-secret");
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", services.get("spring.mail.port").toString());
        env.put("SMTP_STARTTLS", "false");
        env.put("PORTAL_COOKIE_SECURE", "false");
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build();
            long readyAt = 0;
            while (readyAt == 0 && System.nanoTime() - started < Duration.ofMinutes(3).toNanos()) {
                if (!process.isAlive()) {
                    break;
                }
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        readyAt = System.nanoTime();
                    }
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            Matcher matcher = STARTED.matcher(Files.readString(log.toPath()));
            System.out.printf("Start (%s): ready in %.2f s from launch; Spring reports started in %s s%n", what,
                    readyAt == 0 ? Double.NaN : (readyAt - started) / 1e9, matcher.find() ? matcher.group(1) : "?");
            if (readyAt == 0) {
                System.out.println(Files.readString(log.toPath()));
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
    }
}
