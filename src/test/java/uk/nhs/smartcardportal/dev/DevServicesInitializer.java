package uk.nhs.smartcardportal.dev;

import java.util.Arrays;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the portal at the embedded services, and refuses to do so under the production profile: the demo
 * sign-in lets anyone be anyone, so it must never front real data.
 */
public class DevServicesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PRODUCTION_PROFILE = "prod";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        refuseInProduction(environment.getActiveProfiles());
        environment.getPropertySources().addFirst(new MapPropertySource("devServices", DevServices.properties()));
    }

    static void refuseInProduction(String[] activeProfiles) {
        if (Arrays.asList(activeProfiles).contains(PRODUCTION_PROFILE)) {
            throw new IllegalStateException("The embedded sign-in provider, demo users and embedded database are "
                    + "for development and tests only and refuse to start under the '" + PRODUCTION_PROFILE
                    + "' profile. Run the production jar (see README.md, Configuration) instead.");
        }
    }
}
