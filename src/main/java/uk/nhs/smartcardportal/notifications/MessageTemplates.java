package uk.nhs.smartcardportal.notifications;

import org.springframework.web.util.HtmlUtils;

/**
 * The portal's e-mails in its own words: plain text and a simple HTML version, every value escaped in the HTML. Each
 * names no more personal data than the message needs (first name, site, time).
 */
final class MessageTemplates {

    private MessageTemplates() {
    }

    record Rendered(String subject, String text, String html) {
    }

    static Rendered cardPrinted(String firstName, String siteName, String address, String portalUrl) {
        String text = "Dear " + firstName + ",\n\n"
                + "Your NHS Smartcard has been printed. You can collect it at " + siteName
                + (address == null ? "" : " (" + address + ")") + ".\n\n"
                + "Cards are handed over at collection sessions. The portal shows the next sessions at your site, "
                + "and we will e-mail you when you are booked onto one. Bring original identity documents: usually "
                + "three, one with your photo and one showing your address.\n\n"
                + "See your card and sessions: " + portalUrl + "/my-card\n";
        String html = "<p>Dear " + escape(firstName) + ",</p>"
                + "<p>Your NHS Smartcard has been printed. You can collect it at <strong>" + escape(siteName)
                + "</strong>" + (address == null ? "" : " (" + escape(address) + ")") + ".</p>"
                + "<p>Cards are handed over at collection sessions. The portal shows the next sessions at your site, "
                + "and we will e-mail you when you are booked onto one. Bring original identity documents: usually "
                + "three, one with your photo and one showing your address.</p>"
                + "<p><a href=\"" + escape(portalUrl) + "/my-card\">See your card and sessions</a></p>";
        return new Rendered("Your NHS Smartcard is ready to collect", text, html);
    }

    static Rendered reminder(String firstName, String when, String place, String portalUrl) {
        String text = "Dear " + firstName + ",\n\n"
                + "A reminder: your NHS Smartcard collection session is " + when + ", " + place + ".\n\n"
                + "Bring original identity documents: usually three, one with your photo and one showing your "
                + "address. The name on them must match your staff record.\n\n"
                + "Can't make it? Choose another session: " + portalUrl + "/my-card\n";
        String html = "<p>Dear " + escape(firstName) + ",</p>"
                + "<p>A reminder: your NHS Smartcard collection session is <strong>" + escape(when) + "</strong>, "
                + escape(place) + ".</p>"
                + "<p>Bring original identity documents: usually three, one with your photo and one showing your "
                + "address. The name on them must match your staff record.</p>"
                + "<p><a href=\"" + escape(portalUrl) + "/my-card\">Can't make it? Choose another session</a></p>";
        return new Rendered("Reminder: collect your NHS Smartcard tomorrow", text, html);
    }

    static Rendered notCollected(String firstName, String next, String portalUrl) {
        String nextText = next == null ? "We will e-mail you when the next session at your site is planned."
                : "The next session at your site is " + next + ".";
        String text = "Dear " + firstName + ",\n\n"
                + "Your NHS Smartcard was not collected at your session, so it is back in our store. " + nextText
                + "\n\nSee your card and sessions: " + portalUrl + "/my-card\n";
        String html = "<p>Dear " + escape(firstName) + ",</p>"
                + "<p>Your NHS Smartcard was not collected at your session, so it is back in our store. "
                + escape(nextText) + "</p>"
                + "<p><a href=\"" + escape(portalUrl) + "/my-card\">See your card and sessions</a></p>";
        return new Rendered("Your NHS Smartcard is waiting for you", text, html);
    }

    static Rendered allocated(String firstName, String when, String place, String portalUrl) {
        String text = "Dear " + firstName + ",\n\n"
                + "You are booked to collect your NHS Smartcard " + when + ", " + place + ". The calendar file "
                + "attached adds it to your calendar.\n\n"
                + "Bring original identity documents: usually three, one with your photo and one showing your "
                + "address.\n\nSee or change your session: " + portalUrl + "/my-card\n";
        String html = "<p>Dear " + escape(firstName) + ",</p>"
                + "<p>You are booked to collect your NHS Smartcard <strong>" + escape(when) + "</strong>, "
                + escape(place) + ". The calendar file attached adds it to your calendar.</p>"
                + "<p>Bring original identity documents: usually three, one with your photo and one showing your "
                + "address.</p><p><a href=\"" + escape(portalUrl) + "/my-card\">See or change your session</a></p>";
        return new Rendered("Your NHS Smartcard collection session", text, html);
    }

    static Rendered siteChangeDecided(String firstName, boolean approved, String portalUrl) {
        String outcome = approved ? "Your request to collect your NHS Smartcard at another site has been approved."
                : "Your request to collect your NHS Smartcard at another site has not been approved. The portal "
                        + "shows why.";
        String text = "Dear " + firstName + ",\n\n" + outcome + "\n\nSee your card: " + portalUrl + "/my-card\n";
        String html = "<p>Dear " + escape(firstName) + ",</p><p>" + escape(outcome) + "</p><p><a href=\""
                + escape(portalUrl) + "/my-card\">See your card</a></p>";
        return new Rendered(approved ? "Your collection site has changed" : "Your site change request", text, html);
    }

    static Rendered requestDecided(String managerFirstName, String personName, String portalUrl) {
        String text = "Dear " + managerFirstName + ",\n\nRecruitment has declined the Smartcard request for "
                + personName + ". The reason is in the portal.\n\nSee your team: " + portalUrl + "/team\n";
        String html = "<p>Dear " + escape(managerFirstName) + ",</p><p>Recruitment has declined the Smartcard "
                + "request for " + escape(personName) + ". The reason is in the portal.</p><p><a href=\""
                + escape(portalUrl) + "/team\">See your team</a></p>";
        return new Rendered("A Smartcard request was declined", text, html);
    }

    static Rendered lowStock(String itemName, String siteName, long level, int reorderLevel, String portalUrl) {
        String text = "Stock of " + itemName + " at " + siteName + " is down to " + level + ", below its reorder "
                + "level of " + reorderLevel + ".\n\nSee stock: " + portalUrl + "/stock\n";
        String html = "<p>Stock of <strong>" + escape(itemName) + "</strong> at " + escape(siteName) + " is down to "
                + level + ", below its reorder level of " + reorderLevel + ".</p><p><a href=\"" + escape(portalUrl)
                + "/stock\">See stock</a></p>";
        return new Rendered("Reorder " + itemName, text, html);
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value);
    }
}
