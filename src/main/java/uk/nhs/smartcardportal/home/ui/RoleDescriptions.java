package uk.nhs.smartcardportal.home.ui;

import uk.nhs.smartcardportal.security.Role;

/** One plain sentence per role, shown on the home page. */
final class RoleDescriptions {

    private RoleDescriptions() {}

    static String of(Role role) {
        return switch (role) {
            case STAFF ->
                "See whether you need an NHS Smartcard, where it is and when to collect it, ask to "
                        + "collect it at another site, and read answers to common questions.";
            case MANAGER ->
                "Say which roles in your team need a Smartcard, ask for a card later when someone's "
                        + "work changes, and follow your team's cards to collection.";
            case RECRUITMENT ->
                "Work the print queue: record cards as printed, decline requests and reprint lost "
                        + "or damaged cards.";
            case WORKFORCE ->
                "Run collection sessions, look after cards in custody and card stock, decide site "
                        + "changes, manage people's roles and read the audit trail.";
        };
    }
}
