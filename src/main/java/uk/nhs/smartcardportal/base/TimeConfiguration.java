package uk.nhs.smartcardportal.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** Every "now" in the portal comes from this clock, so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.system(UkTime.ZONE);
    }
}
