package uk.nhs.smartcardportal.dev;

import org.springframework.boot.SpringApplication;
import uk.nhs.smartcardportal.Application;

/**
 * The local run: the portal with a real embedded MariaDB, the demo sign-in provider, demo data and a mail sink.
 * Start it with {@code ./mvnw spring-boot:test-run}; it lives under src/test so none of it reaches the
 * production jar.
 */
public final class TestApplication {

    private TestApplication() {}

    public static void main(String[] args) {
        System.setProperty(DevServices.MODE_PROPERTY, "local");
        System.setProperty("liquibase.analytics.enabled", "false");
        SpringApplication application = new SpringApplication(Application.class);
        application.setAdditionalProfiles("dev");
        application.addInitializers(new DevServicesInitializer());
        application.run(args);
    }
}
