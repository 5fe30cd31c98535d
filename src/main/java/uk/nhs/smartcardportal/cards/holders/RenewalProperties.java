package uk.nhs.smartcardportal.cards.holders;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the trust's people renew their card's certificates, in words for the reminders and My smartcard.
 *
 * @param how what to do, e.g. the trust's self-service or a collection session ({@code PORTAL_RENEWAL_HOW})
 */
@ConfigurationProperties("portal.renewal")
public record RenewalProperties(
        @DefaultValue("Renew them yourself at any NHS computer with your card and passcode, using the Care Identity "
                + "Service's self-service renewal, or come to a collection session and we will renew them for you.")
        String how) {

    public RenewalProperties {
        if (how.isBlank()) {
            throw new IllegalArgumentException("PORTAL_RENEWAL_HOW must say how people renew their certificates");
        }
    }
}
