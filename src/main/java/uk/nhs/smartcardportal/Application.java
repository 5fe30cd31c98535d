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
        SpringApplication.run(Application.class, args);
    }
}
