package uk.nhs.smartcardportal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import uk.nhs.smartcardportal.dev.DevServicesInitializer;

/**
 * The whole portal against the embedded services (real MariaDB, the demo OIDC provider, a mail sink) with the demo
 * data. Every test class using it shares one application context, so the suite starts the portal once; after each
 * test nobody is signed in and the clock is reset ({@link ResetAfterEachTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "portal.reminders.cron=-",
            "portal.mail.sender-cron=-",
            "portal.passport.reassess-cron=-",
            "portal.retention.cron=-",
            "portal.leavers.cron=-",
            "portal.renewal.cron=-",
            "portal.digest.cron=-",
            "portal.notify.receipts-cron=-"
        })
@ActiveProfiles("dev")
@ExtendWith(ResetAfterEachTest.class)
@ContextConfiguration(initializers = DevServicesInitializer.class)
public @interface IntegrationTest {}
