package uk.nhs.smartcardportal.bench;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The production jar (built by {@code ./mvnw -Pproduction,bench verify} before the benchmarks that need it) started
 * as a deployment starts it: its own JVM, profile prod, configured only by environment variables, against the
 * embedded MariaDB, OIDC provider and mail sink.
 */
public final class ProductionJar implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Started Application in ([0-9.]+) seconds");

    final int port;
    final double readySeconds;
    final String springStartedSeconds;
    final File log;
    private final Process process;

    private ProductionJar(Process process, int port, double readySeconds, String springStartedSeconds, File log) {
        this.process = process;
        this.port = port;
        this.readySeconds = readySeconds;
        this.springStartedSeconds = springStartedSeconds;
        this.log = log;
    }

    /**
     * The production jar: the one the build makes for the day-one test in target/production, or the repackaged jar in
     * target/ (built with -Pproduction for the benchmarks); null when neither has been built.
     */
    public static Path find() throws IOException {
        for (Path folder : List.of(Path.of("target", "production"), Path.of("target"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> jars = Files.list(folder)) {
                Path jar = jars.filter(path -> path.toString().endsWith(".jar")
                                && !path.toString().endsWith("-plain.jar"))
                        .findFirst()
                        .orElse(null);
                if (jar != null) {
                    return jar;
                }
            }
        }
        return null;
    }

    /** A new, empty database on the embedded MariaDB; its JDBC URL. */
    public static String newDatabase(Map<String, Object> services, String prefix) {
        String url = services.get("spring.datasource.url").toString();
        String database = prefix + System.nanoTime() % 100_000;
        new JdbcTemplate(new DriverManagerDataSource(url, "root", "")).execute("create database " + database);
        return url.substring(0, url.lastIndexOf('/') + 1) + database;
    }

    public static JdbcTemplate jdbc(String databaseUrl) {
        return new JdbcTemplate(new DriverManagerDataSource(databaseUrl, "root", ""));
    }

    /** Starts the jar and waits until it reports itself ready (at most three minutes). */
    static ProductionJar start(Path jar, Map<String, Object> services, String databaseUrl, List<String> jvmOptions)
            throws IOException, InterruptedException {
        return start(jar, services, databaseUrl, jvmOptions, Map.of());
    }

    /** As {@link #start(Path, Map, String, List)}, with more settings in the environment. */
    public static ProductionJar start(
            Path jar,
            Map<String, Object> services,
            String databaseUrl,
            List<String> jvmOptions,
            Map<String, String> settings)
            throws IOException, InterruptedException {
        return start(jar, services, databaseUrl, jvmOptions, settings, null);
    }

    /**
     * As {@link #start(Path, Map, String, List, Map)}, on only the given CPUs ({@code taskset -c}, e.g. "1") when
     * they are given, so that the portal's figures are its own and not shared with whoever drives it.
     */
    static ProductionJar start(
            Path jar,
            Map<String, Object> services,
            String databaseUrl,
            List<String> jvmOptions,
            Map<String, String> settings,
            @org.jspecify.annotations.Nullable String cpus)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        File log = Path.of("target", "bench-jar-" + port + ".log").toFile();
        List<String> command = new ArrayList<>();
        if (cpus != null) {
            // taskset replaces itself with the JVM, so the process (and its CPU time) is the portal's
            command.addAll(List.of("taskset", "-c", cpus));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("PORT", String.valueOf(port));
        env.put("DB_URL", databaseUrl);
        env.put("DB_USERNAME", "root");
        env.put("DB_PASSWORD", "");
        env.put(
                "OIDC_ISSUER_URI",
                services.get("spring.security.oauth2.client.provider.portal.issuer-uri")
                        .toString());
        env.put("OIDC_CLIENT_ID", "portal");
        env.put("OIDC_CLIENT_SECRET", "demo-secret");
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", services.get("spring.mail.port").toString());
        env.put("SMTP_STARTTLS", "false");
        env.put("PORTAL_COOKIE_SECURE", "false");
        // the embedded provider's roles are named as the portal's
        env.put("PORTAL_ALLOW_IDENTITY_ROLE_MAPPING", "true");
        env.putAll(settings);
        long started = System.nanoTime();
        Process process = builder.start();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (process.isAlive()
                && System.nanoTime() - started < Duration.ofMinutes(3).toNanos()) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    Matcher matcher = STARTED.matcher(Files.readString(log.toPath()));
                    return new ProductionJar(
                            process,
                            port,
                            (System.nanoTime() - started) / 1e9,
                            matcher.find() ? matcher.group(1) : "?",
                            log);
                }
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IOException("The production jar did not become ready; its log:\n" + Files.readString(log.toPath()));
    }

    /** CPU time the portal's JVM has used since it started, every thread counted (from /proc). */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElseThrow();
    }

    public String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** Runs a jcmd diagnostic command (GC.run, GC.heap_info, GC.class_histogram …) in the portal's JVM. */
    String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(process.pid())));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor(1, TimeUnit.MINUTES);
        return output;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
