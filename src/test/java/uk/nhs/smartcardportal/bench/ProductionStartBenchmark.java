package uk.nhs.smartcardportal.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.dev.DevServices;

/**
 * Starts the production jar as a person deploying the portal would (see {@link ProductionJar}) and prints how long
 * it takes to be ready: once on an empty database (migrations run), once on the migrated one, then with JDK 25's
 * ahead-of-time cache. Asserts nothing.
 */
class ProductionStartBenchmark {

    @Test
    void printStartTimes() throws Exception {
        Path jar = ProductionJar.find();
        assumeTrue(jar != null, "No jar in target: run ./mvnw -Pproduction,bench verify");
        Map<String, Object> services = DevServices.properties();
        String databaseUrl = ProductionJar.newDatabase(services, "prodstart");
        System.out.printf("%nProduction jar %s (%d MB)%n", jar.getFileName(), Files.size(jar) / 1024 / 1024);
        start(jar, services, databaseUrl, "empty database, migrations run", List.of());
        start(jar, services, databaseUrl, "migrated database", List.of());
        // JDK 25 ahead-of-time cache (JEP 483/514): a training start writes it when the JVM exits, later starts use it.
        Path cache = Path.of("target", "portal.aot");
        Files.deleteIfExists(cache);
        start(jar, services, databaseUrl, "training run writing the AOT cache", List.of("-XX:AOTCacheOutput=" + cache));
        if (Files.exists(cache)) {
            for (int run = 1; run <= 2; run++) {
                start(
                        jar,
                        services,
                        databaseUrl,
                        "migrated database, with the AOT cache",
                        List.of("-XX:AOTCache=" + cache));
            }
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
