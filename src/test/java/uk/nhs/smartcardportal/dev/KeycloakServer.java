package uk.nhs.smartcardportal.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Keycloak (the {@code keycloak-quarkus-dist} from Maven Central, unpacked by the build) in development mode,
 * with the realm file from {@code docker/keycloak} imported. Only the portal's address in the client's redirect
 * URIs is changed, from {@code http://localhost:8080} to the port the test portal listens on.
 */
public final class KeycloakServer {

    public static final String HOME_PROPERTY = "keycloak.home";
    public static final Path REALM_FILE = Path.of("docker", "keycloak", "smartcard-realm.json");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);

    private final Process process;
    private final int port;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Keycloak on the port, with the realm whose client sends people back to the portal's port. */
    public static KeycloakServer start(int port, int portalPort) {
        Path home = home();
        long started = System.nanoTime();
        try {
            Path data = home.resolve("data");
            deleteQuietly(data);
            Path imports = Files.createDirectories(data.resolve("import"));
            String realm = Files.readString(REALM_FILE, StandardCharsets.UTF_8)
                    .replace("http://localhost:8080", "http://localhost:" + portalPort)
                    .replace("http://127.0.0.1:8080", "http://127.0.0.1:" + portalPort);
            Files.writeString(imports.resolve(REALM_FILE.getFileName()), realm, StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            home.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--import-realm",
                            "--http-port=" + port,
                            "--http-management-port=" + DevServices.freePort(),
                            "--hostname=http://localhost:" + port))
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            KeycloakServer server = new KeycloakServer(builder.start(), port);
            server.awaitRealm();
            log.info(
                    "Keycloak up with the smartcard realm in {} ms (log: target/keycloak.log)",
                    (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuerUri() {
        return "http://localhost:" + port + "/realms/smartcard";
    }

    public void stop() {
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private void awaitRealm() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuerUri() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak stopped while starting (exit " + process.exitValue() + "); see target/keycloak.log");
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        stop();
        throw new IllegalStateException(
                "Keycloak did not serve the smartcard realm within " + START_TIMEOUT + "; see target/keycloak.log");
    }

    private static Path home() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || !Files.isExecutable(Path.of(home, "bin", "kc.sh"))) {
            throw new IllegalStateException("Keycloak not found at " + home + ": the build unpacks "
                    + "org.keycloak:keycloak-quarkus-dist into target/ and names it in -D" + HOME_PROPERTY);
        }
        return Path.of(home);
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
