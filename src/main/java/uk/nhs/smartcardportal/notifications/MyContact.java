package uk.nhs.smartcardportal.notifications;

import org.jspecify.annotations.Nullable;

/**
 * A person's contact details as the portal holds them, and where an e-mail to them goes today.
 *
 * @param emailsGoTo the address messages use today: personal before the start date or without a work address
 * @param textsOn    whether this trust sends text messages at all
 * @param textsGoTo  the mobile texts go to, or null when there is none or the person has turned texts off
 */
public record MyContact(
        @Nullable String workEmail,
        @Nullable String personalEmail,
        @Nullable String mobile,
        @Nullable String emailsGoTo,
        boolean textsOn,
        @Nullable String textsGoTo) {}
