package uk.nhs.smartcardportal.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import uk.nhs.smartcardportal.dev.DevServices;

/**
 * Starts the production jar as a person deploying the portal would (see {@link ProductionJar}) and prints how long
 * it takes to be ready, one step of the start-up work at a time: the jar as built, on an empty database and on the
 * migrated one; the jar extracted into its classes and libraries; with JDK 25's ahead-of-time cache from a training
 * start; with Spring's ahead-of-time context when the jar carries one. Each step is started twice and both times are
 * printed. Asserts nothing.
 */
class ProductionStartBenchmark {

    private static final String SPRING_AOT_INITIALIZER =
            "BOOT-INF/classes/uk/nhs/smartcardportal/Application__ApplicationContextInitializer.class";

    @Test
    void printStartTimes() throws Exception {
        Path jar = jarWithSpringAot().orElse(ProductionJar.find());
        assumeTrue(jar != null, "No jar in target: run ./mvnw -Pproduction,bench verify");
        Map<String, Object> services = DevServices.properties();
        String databaseUrl = ProductionJar.newDatabase(services, "prodstart");
        System.out.printf("%nProduction jar %s (%d MB)%n", jar.getFileName(), Files.size(jar) / 1024 / 1024);
        start(jar, services, databaseUrl, "the jar as built, empty database, migrations run", List.of());
        twice(jar, services, databaseUrl, "the jar as built, migrated database", List.of());

        Path extracted = extract(jar, Path.of("target", "portal-extracted"));
        twice(extracted, services, databaseUrl, "extracted jar", List.of());

        // JDK 25 ahead-of-time cache (JEP 483/514): a training start writes it when the JVM exits; it holds the
        // classes loaded and linked, so it needs the extracted jar's plain class path.
        Path cache = trainedCache(extracted, services, databaseUrl, "portal.aot", List.of());
        twice(extracted, services, databaseUrl, "extracted jar with the AOT cache", List.of("-XX:AOTCache=" + cache));

        if (hasSpringAot(jar)) {
            List<String> springAot = List.of("-Dspring.aot.enabled=true");
            twice(extracted, services, databaseUrl, "extracted jar, Spring AOT", springAot);
            Path springAotCache = trainedCache(extracted, services, databaseUrl, "portal-spring-aot.aot", springAot);
            List<String> both = new ArrayList<>(springAot);
            both.add("-XX:AOTCache=" + springAotCache);
            twice(extracted, services, databaseUrl, "extracted jar, Spring AOT and the AOT cache", both);
            // measured only: a lazy context would never create the beans that only run on a schedule
            List<String> lazy = new ArrayList<>(both);
            lazy.add("-Dspring.main.lazy-initialization=true");
            twice(extracted, services, databaseUrl, "as the last, with every bean created lazily", lazy);
            Path imageCache = trainedAsTheImageTrains(extracted, "portal-image.aot");
            List<String> image = new ArrayList<>(springAot);
            image.add("-XX:AOTCache=" + imageCache);
            twice(
                    extracted,
                    services,
                    databaseUrl,
                    "as the Docker image starts: Spring AOT and a cache trained with no database or provider",
                    image);
        } else {
            System.out.println("The jar has no Spring AOT context (built without process-aot): that step is left out.");
        }
    }

    private static Path trainedCache(
            Path jar, Map<String, Object> services, String databaseUrl, String name, List<String> jvm)
            throws Exception {
        Path cache = Path.of("target", name);
        Files.deleteIfExists(cache);
        List<String> training = new ArrayList<>(jvm);
        training.add("-XX:AOTCacheOutput=" + cache);
        start(jar, services, databaseUrl, "training start writing " + name, training);
        if (!Files.exists(cache)) {
            throw new IOException("The training start wrote no AOT cache");
        }
        return cache;
    }

    /**
     * The training start the Dockerfile makes while building the image, where there is no database and no sign-in
     * provider: Spring's context is built and the JVM exits ({@code spring.context.exit=onRefresh}); nothing connects
     * to the database, and docker/TrainingSignInProvider.java answers the provider's discovery request.
     */
    private static Path trainedAsTheImageTrains(Path jar, String name) throws Exception {
        Path cache = Path.of("target", name);
        Files.deleteIfExists(cache);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process provider = new ProcessBuilder(
                        java, Path.of("docker", "TrainingSignInProvider.java").toString(), String.valueOf(port))
                .inheritIO()
                .start();
        try {
            waitForDiscovery(port);
            ProcessBuilder training = new ProcessBuilder(
                            java,
                            "-XX:AOTCacheOutput=" + cache,
                            "-Dspring.aot.enabled=true",
                            "-Dspring.context.exit=onRefresh",
                            "-Dspring.liquibase.enabled=false",
                            "-Dspring.jpa.hibernate.ddl-auto=none",
                            "-Dspring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false",
                            "-Dspring.jpa.database-platform=org.hibernate.dialect.MariaDBDialect",
                            "-Dspring.datasource.hikari.initialization-fail-timeout=-1",
                            "-jar",
                            jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(
                            Path.of("target", "bench-image-training.log").toFile());
            Map<String, String> env = training.environment();
            env.put("SPRING_PROFILES_ACTIVE", "prod");
            env.put("DB_URL", "jdbc:mariadb://127.0.0.1:1/training");
            env.put("DB_USERNAME", "training");
            env.put("DB_PASSWORD", "training");
            env.put("OIDC_ISSUER_URI", "http://127.0.0.1:" + port);
            env.put("OIDC_CLIENT_ID", "training");
            env.put("OIDC_CLIENT_SECRET", "training");
            env.put("PORTAL_ROLE_MAPPING", "training-workforce=WORKFORCE");
            long started = System.nanoTime();
            Process process = training.start();
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0 || !Files.exists(cache)) {
                throw new IOException("The image's training start failed: see target/bench-image-training.log");
            }
            System.out.printf(
                    "Training start as the image makes it: %.2f s, cache %d MB%n",
                    (System.nanoTime() - started) / 1e9, Files.size(cache) / 1024 / 1024);
            return cache;
        } finally {
            provider.destroy();
        }
    }

    private static void waitForDiscovery(int port) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest discovery = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/.well-known/openid-configuration"))
                .build();
        for (int i = 0; i < 300; i++) {
            try {
                if (http.send(discovery, java.net.http.HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IOException("The training sign-in provider did not start");
    }

    /** Spring Boot's own layout for running a jar fast: the application jar beside its libraries. */
    private static Path extract(Path jar, Path destination) throws Exception {
        FileSystemUtils.deleteRecursively(destination);
        Process extract = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djarmode=tools",
                        "-jar",
                        jar.toString(),
                        "extract",
                        "--destination",
                        destination.toString())
                .inheritIO()
                .start();
        if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0) {
            throw new IOException("Extracting the jar failed");
        }
        try (Stream<Path> files = Files.list(destination)) {
            return files.filter(path -> path.toString().endsWith(".jar"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** The jar this build made in target/ when it holds Spring AOT's context (-Pspring-aot), not the day-one test's. */
    private static Optional<Path> jarWithSpringAot() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            for (Path jar :
                    jars.filter(path -> path.toString().endsWith(".jar")).toList()) {
                if (hasSpringAot(jar)) {
                    return Optional.of(jar);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasSpringAot(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(SPRING_AOT_INITIALIZER) != null;
        }
    }

    private static void twice(Path jar, Map<String, Object> services, String databaseUrl, String what, List<String> jvm)
            throws Exception {
        for (int run = 1; run <= 2; run++) {
            start(jar, services, databaseUrl, what, jvm);
        }
    }

    private static void start(Path jar, Map<String, Object> services, String databaseUrl, String what, List<String> jvm)
            throws Exception {
        try (ProductionJar portal = ProductionJar.start(jar, services, databaseUrl, jvm)) {
            System.out.printf(
                    "Start (%s): ready in %.2f s from launch; Spring reports started in %s s%n",
                    what, portal.readySeconds, portal.springStartedSeconds);
        }
    }
}
