package uk.nhs.smartcardportal.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the portal keeps personal details once a card's or request's story has ended.
 *
 * @param months personal details of cards and requests finished more than this many months ago are removed, and
 *               the words and addresses of e-mails sent that long ago
 * @param leaverMonths a leaver's personal data is removed this many months after their leaving date
 *               ({@code PORTAL_LEAVER_RETENTION_MONTHS})
 */
@ConfigurationProperties("portal.retention")
public record RetentionProperties(
        @DefaultValue("24") int months, @DefaultValue("24") int leaverMonths) {

    public RetentionProperties {
        if (months < 1) {
            throw new IllegalArgumentException("portal.retention.months must be at least 1, not " + months);
        }
        if (leaverMonths < 1) {
            throw new IllegalArgumentException(
                    "PORTAL_LEAVER_RETENTION_MONTHS must be at least 1, not " + leaverMonths);
        }
    }
}
