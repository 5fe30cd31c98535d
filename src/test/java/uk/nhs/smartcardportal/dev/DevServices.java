package uk.nhs.smartcardportal.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded services once per JVM: a real MariaDB, the demo OIDC provider, a mail sink and a GOV.UK Notify
 * sink. The local run
 * uses fixed ports and keeps its database in ./data between runs; tests use free ports and a fresh database.
 */
public final class DevServices {

    /** System property naming the mode; {@code local} for the run command, tests otherwise. */
    public static final String MODE_PROPERTY = "portal.dev.mode";

    public static final int LOCAL_DB_PORT = 33306;
    public static final int LOCAL_IDP_PORT = 9400;
    public static final int LOCAL_SMTP_PORT = 2525;
    public static final int LOCAL_NOTIFY_PORT = 9401;

    private static final Logger log = LoggerFactory.getLogger(DevServices.class);
    private static Map<String, Object> properties;
    private static EmbeddedMariaDb database;

    private DevServices() {}

    /** Starts the services if needed and returns the Spring properties that point the portal at them. */
    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            properties = start("local".equals(System.getProperty(MODE_PROPERTY)));
        }
        return properties;
    }

    private static Map<String, Object> start(boolean local) {
        long started = System.nanoTime();
        Path root = local ? Path.of("data") : Path.of("target", "dev-services");
        Path dataDir = root.resolve("mariadb-data");
        if (!local) {
            deleteRecursively(dataDir);
        }
        EmbeddedMariaDb db =
                EmbeddedMariaDb.start(root.resolve("mariadb-base"), dataDir, local ? LOCAL_DB_PORT : freePort());
        database = db;
        DemoIdentityProvider idp = DemoIdentityProvider.start(root.resolve("idp"), local ? LOCAL_IDP_PORT : freePort());
        int smtpPort = MailSink.start(local ? LOCAL_SMTP_PORT : freePort());
        NotifySink notify = NotifySink.start(local ? LOCAL_NOTIFY_PORT : freePort(), local);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            idp.stop();
                            db.stop();
                        },
                        "dev-services-stop"));

        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", db.jdbcUrl());
        props.put("spring.datasource.username", "root");
        props.put("spring.datasource.password", "");
        props.put("spring.security.oauth2.client.provider.portal.issuer-uri", idp.issuerUri());
        props.put("spring.security.oauth2.client.registration.portal.client-id", "portal");
        props.put("spring.security.oauth2.client.registration.portal.client-secret", "demo-secret");
        props.put("spring.security.oauth2.client.registration.portal.client-name", "Demo sign-in");
        props.put("spring.mail.host", "127.0.0.1");
        props.put("spring.mail.port", smtpPort);
        props.put("spring.mail.username", "");
        props.put("spring.mail.password", "");
        props.put("spring.mail.properties.mail.smtp.starttls.enable", false);
        props.put("spring.mail.properties.mail.smtp.starttls.required", false);
        props.put("portal.notify.api-key", NotifySink.API_KEY);
        props.put("portal.notify.base-url", notify.baseUrl());
        props.put("portal.notify.sms-template-id", NotifySink.SMS_TEMPLATE_ID);
        props.put("portal.notify.email-template-id", NotifySink.EMAIL_TEMPLATE_ID);
        // the local run shows the product: Vaadin's development notice and tool bar cover the menu on a phone
        props.put("vaadin.devmode.devTools.enabled", false);
        log.info(
                "Embedded services up in {} ms: MariaDB {} · sign-in {} · SMTP sink 127.0.0.1:{} · Notify sink {}",
                (System.nanoTime() - started) / 1_000_000,
                db.jdbcUrl(),
                idp.issuerUri(),
                smtpPort,
                notify.baseUrl());
        return props;
    }

    /** Stops the database, for tests of how the portal copes while it is away. */
    public static synchronized void stopDatabase() {
        database.stop();
    }

    /** Kills the database process, as a crash would. */
    public static synchronized void crashDatabase() {
        database.crash();
    }

    /** Starts the stopped database again, on the same port and data. */
    public static synchronized void startDatabase() {
        database.startAgain();
    }

    /** A port nothing listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
