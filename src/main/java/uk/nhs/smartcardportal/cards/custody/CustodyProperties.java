package uk.nhs.smartcardportal.cards.custody;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for keeping cards.
 *
 * @param uncollectedFollowUpDays days after printing when a card nobody has collected is flagged to follow up or
 *                                destroy ({@code PORTAL_UNCOLLECTED_FOLLOW_UP_DAYS})
 */
@ConfigurationProperties("portal.custody")
public record CustodyProperties(@DefaultValue("90") int uncollectedFollowUpDays) {

    public CustodyProperties {
        if (uncollectedFollowUpDays < 1 || uncollectedFollowUpDays > 3650) {
            throw new IllegalArgumentException("PORTAL_UNCOLLECTED_FOLLOW_UP_DAYS must be a number of days from 1 to "
                    + "3650; it is " + uncollectedFollowUpDays);
        }
    }
}
