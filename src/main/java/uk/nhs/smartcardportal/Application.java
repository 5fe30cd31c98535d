package uk.nhs.smartcardportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        // Liquibase otherwise tries to send usage analytics to the internet on every start.
        System.setProperty("liquibase.analytics.enabled", "false");
        // The GOV.UK Notify client opens plain HttpURLConnections without timeouts: a Notify that never answers would
        // otherwise hold the outbox sender, and its row locks, for ever.
        System.setProperty(
                "sun.net.client.defaultConnectTimeout",
                System.getProperty("sun.net.client.defaultConnectTimeout", "10000"));
        System.setProperty(
                "sun.net.client.defaultReadTimeout", System.getProperty("sun.net.client.defaultReadTimeout", "30000"));
        SpringApplication.run(Application.class, args);
    }
}
