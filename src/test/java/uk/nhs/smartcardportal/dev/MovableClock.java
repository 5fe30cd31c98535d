package uk.nhs.smartcardportal.dev;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.base.UkTime;

/** The portal's clock in tests and the local run: the real time, unless a test sets it. */
@Component
@Primary
@Profile("dev")
public class MovableClock extends Clock {

    private volatile Instant fixed;

    public void setInstant(Instant instant) {
        this.fixed = instant;
    }

    public void reset() {
        this.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return UkTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(UkTime.ZONE) ? this : Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }
}
