package uk.nhs.smartcardportal.notifications;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.util.HtmlUtils;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.web.PageAddresses;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CardStatusWords;
import uk.nhs.smartcardportal.cards.LeaverOutcome;

/**
 * The portal's e-mails in its own words. Each is written once, as a greeting, paragraphs and a link; the plain text
 * and the HTML are both made from that, with every value escaped in the HTML. Each names no more personal data than
 * the message needs (first name, site, time).
 */
final class MessageTemplates {

    private static final String BRING =
            "Bring original identity documents: usually three, one with your photo and " + "one showing your address.";

    private MessageTemplates() {}

    record Rendered(String subject, String text, String html) {

        /** This e-mail, to be queued to the person of the given kind. */
        OutgoingMessage to(long staffId, String kind) {
            return new OutgoingMessage(staffId, kind, subject, text, html, null);
        }
    }

    /** A message before rendering: whom it greets (null for none), what it says, and where it points. */
    private record Letter(String subject, String greet, List<String> paragraphs, String linkLabel, String linkUrl) {

        Rendered render() {
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            if (greet != null) {
                text.append("Dear ").append(greet).append(",\n\n");
                html.append("<p>Dear ").append(escape(greet)).append(",</p>");
            }
            for (String paragraph : paragraphs) {
                text.append(paragraph).append("\n\n");
                html.append("<p>").append(escape(paragraph)).append("</p>");
            }
            text.append(linkLabel).append(": ").append(linkUrl).append('\n');
            html.append("<p><a href=\"")
                    .append(escape(linkUrl))
                    .append("\">")
                    .append(escape(linkLabel))
                    .append("</a></p>");
            return new Rendered(subject, text.toString(), html.toString());
        }
    }

    /** To a leaver: what became of their card, and whom to contact. */
    static Rendered leaverCardsSettled(
            String firstName, boolean cancelled, LeaverOutcome collected, String supportTeam, String supportEmail) {
        List<String> paragraphs = new java.util.ArrayList<>();
        paragraphs.add("The staff list shows that you are leaving the trust, so the Smartcard Portal has closed your "
                + "record.");
        if (cancelled) {
            paragraphs.add("The NHS Smartcard that was on its way to you has been cancelled, and any collection "
                    + "session you were booked onto has been released.");
        }
        if (collected == LeaverOutcome.KEPT) {
            paragraphs.add("You are moving to another NHS organisation, so keep your smartcard: your new "
                    + "organisation's registration authority takes it from here.");
        } else if (collected == LeaverOutcome.TO_BE_RETURNED) {
            paragraphs.add("Please return your smartcard to the " + supportTeam + " before you go, or hand it to "
                    + "your manager. If you are moving to another NHS organisation, tell us and you can keep it.");
        }
        return new Letter(
                        "Your NHS Smartcard now that you are leaving",
                        firstName,
                        paragraphs,
                        "Contact the " + supportTeam,
                        "mailto:" + supportEmail)
                .render();
    }

    /** A holder's card certificates expire in 90 or 30 days: when, and how to renew them. */
    static Rendered certificateRenewal(
            String firstName, LocalDate expiresOn, int daysBefore, String how, String portalUrl) {
        return new Letter(
                        daysBefore <= 30
                                ? "Renew your NHS Smartcard certificates this month"
                                : "Your NHS Smartcard certificates need renewing",
                        firstName,
                        List.of(
                                "The certificates on your Smartcard expire on " + UkTime.date(expiresOn)
                                        + ". After that your card stops working until the Registration Authority "
                                        + "team renews them.",
                                how),
                        "See your card",
                        portalUrl + "/" + PageAddresses.MY_CARD)
                .render();
    }

    /** A collected card recorded as lost (by its holder or by Recruitment): what happens and what to do now. */
    static Rendered cardLost(String firstName, String supportTeam, String portalUrl) {
        return new Letter(
                        "Your NHS Smartcard is recorded as lost",
                        firstName,
                        List.of(
                                "We have recorded your Smartcard as lost and asked for a new one. Recruitment will print "
                                        + "it, and we will e-mail you when it is ready to collect.",
                                "Today, tell the IT service desk or the Registration Authority team that your card is "
                                        + "lost, so that it is cancelled and nobody can use it. If it was stolen, "
                                        + "report that to the police as well.",
                                "If you find the old card, do not use it: hand it to the " + supportTeam
                                        + " to be destroyed. " + BRING),
                        "See your card",
                        portalUrl + "/" + PageAddresses.MY_CARD)
                .render();
    }

    /** Says what the holder's page says for a printed card: the same headline and next step. */
    static Rendered cardPrinted(
            String firstName, String siteName, String address, boolean holderChooses, String portalUrl) {
        return new Letter(
                        "Your NHS Smartcard has been printed",
                        firstName,
                        List.of(
                                CardStatusWords.headline(CardStatus.PRINTED)
                                        + ", who keep cards safe until they are collected. "
                                        + "You will collect it at " + siteName
                                        + (address == null ? "" : " (" + address + ")")
                                        + ", at a collection session.",
                                CardStatusWords.nextStep(CardStatus.PRINTED, siteName, holderChooses),
                                "If another site suits you better, you can ask to change it in the portal. " + BRING),
                        "See your card",
                        portalUrl + "/" + PageAddresses.MY_CARD)
                .render();
    }

    /** Says what the holder's page says once the card is in the store. */
    static Rendered cardReceived(String firstName, String siteName, boolean holderChooses, String portalUrl) {
        return new Letter(
                        "Your NHS Smartcard has reached our store",
                        firstName,
                        List.of(
                                CardStatusWords.headline(CardStatus.IN_STORE) + ".",
                                CardStatusWords.nextStep(CardStatus.IN_STORE, siteName, holderChooses)
                                                .replace(" below", "")
                                        + " " + BRING),
                        holderChooses ? "Book a collection session" : "See your card",
                        portalUrl + "/" + PageAddresses.MY_CARD)
                .render();
    }

    static Rendered reminder(String firstName, String whenAndWhere, String portalUrl) {
        return new Letter(
                        "Reminder: collect your NHS Smartcard tomorrow",
                        firstName,
                        List.of(
                                "A reminder: your NHS Smartcard collection session is " + whenAndWhere + ".",
                                BRING + " The name on them must match your staff record."),
                        "Can't make it? Choose another session",
                        portalUrl + "/" + PageAddresses.MY_CARD)
                .render();
    }

    static Rendered notCollected(String firstName, String next, String portalUrl) {
        return new Letter(
                        "Your NHS Smartcard is waiting for you",
                        firstName,
                        List.of("Your NHS Smartcard was not collected at your session, so it is back in our store. "
                                + (next == null
                                        ? "We will e-mail you when the next session at your site is planned."
                                        : "The next session at your site is " + next + ".")),
                        "See your card and sessions",
                        portalUrl + "/" + PageAddresses.MY_CARD)
                .render();
    }

    static Rendered allocated(String firstName, String whenAndWhere, String portalUrl) {
        return new Letter(
                        "Your NHS Smartcard collection session",
                        firstName,
                        List.of(
                                "You are booked to collect your NHS Smartcard " + whenAndWhere + ". The calendar file "
                                        + "(attached, and on your card's page) adds it to your calendar.",
                                BRING),
                        "See or change your session",
                        portalUrl + "/" + PageAddresses.MY_CARD)
                .render();
    }

    static Rendered siteChangeRequested(String firstName, String fromSite, String toSite, String portalUrl) {
        return new Letter(
                        "We have your site change request",
                        firstName,
                        List.of("You asked to collect your NHS Smartcard at " + toSite + " instead of " + fromSite
                                + ". The "
                                + "Workforce Systems Team will decide soon and we will e-mail you. Until then your card stays "
                                + "at " + fromSite + "."),
                        "See or withdraw your request",
                        portalUrl + "/" + PageAddresses.MY_CARD)
                .render();
    }

    static Rendered siteChangeDecided(
            String firstName, boolean approved, String fromSite, String toSite, String portalUrl) {
        return new Letter(
                        approved ? "Your collection site has changed" : "Your site change request",
                        firstName,
                        List.of(
                                approved
                                        ? "Your request has been approved: collect your NHS Smartcard at " + toSite
                                                + ". If you were " + "booked onto a session at " + fromSite
                                                + ", that booking has been released."
                                        : "Your request to collect your NHS Smartcard at " + toSite
                                                + " has not been approved, so " + "it stays at " + fromSite
                                                + ". The portal shows why."),
                        "See your card",
                        portalUrl + "/" + PageAddresses.MY_CARD)
                .render();
    }

    static Rendered sessionMoved(String firstName, String before, String now, String portalUrl) {
        return new Letter(
                        "Your NHS Smartcard collection session has moved",
                        firstName,
                        List.of(
                                "The collection session you are booked onto has changed. It was " + before + ".",
                                "It is now " + now + ". The calendar file (attached, and on your card's page) updates "
                                        + "your calendar.",
                                BRING),
                        "Can't make it? Choose another session",
                        portalUrl + "/" + PageAddresses.MY_CARD)
                .render();
    }

    static Rendered sessionCancelled(
            String firstName, String when, String reason, boolean canChoose, String portalUrl) {
        return new Letter(
                        "Your NHS Smartcard collection session is cancelled",
                        firstName,
                        List.of(
                                "We are sorry: the collection session " + when + " has been cancelled (" + reason
                                        + ").",
                                "Your card is safe in our store. "
                                        + (canChoose
                                                ? "Choose another session at your site in the portal, or we will book you onto one and "
                                                        + "e-mail you."
                                                : "We will book you onto another session and e-mail you.")),
                        canChoose ? "Choose another session" : "See your card",
                        portalUrl + "/" + PageAddresses.MY_CARD)
                .render();
    }

    static Rendered requestDecided(String managerFirstName, String personName, String portalUrl) {
        return new Letter(
                        "A Smartcard request was declined",
                        managerFirstName,
                        List.of("Recruitment has declined the Smartcard request for " + personName
                                + ". The reason is in the " + "portal."),
                        "See your team",
                        portalUrl + "/" + PageAddresses.TEAM)
                .render();
    }

    /** A manager is asked to confirm the card a team member asked for after their role changed. */
    static Rendered cardAsked(String managerFirstName, String personName, String portalUrl) {
        return new Letter(
                        personName + " asks for an NHS Smartcard",
                        managerFirstName,
                        List.of(
                                personName + " says their role has changed and now needs an NHS Smartcard. Please "
                                        + "confirm it, and Recruitment will print the card, or decline it and say "
                                        + "why.",
                                "Their reason is on your team's page."),
                        "Confirm or decline on your team's page",
                        portalUrl + "/" + PageAddresses.TEAM)
                .render();
    }

    /** The person hears what their manager decided about the card they asked for. */
    static Rendered cardAskDecided(
            String firstName, boolean confirmed, String managerName, String note, String portalUrl) {
        return new Letter(
                        confirmed ? "Your NHS Smartcard has been asked for" : "Your request for an NHS Smartcard",
                        firstName,
                        confirmed
                                ? List.of(managerName + " has confirmed that your role needs an NHS Smartcard. "
                                        + "Recruitment will print it and we will tell you where to collect it.")
                                : List.of(
                                        managerName + " has not confirmed your request for an NHS Smartcard.",
                                        "Why: " + note),
                        "See your card",
                        portalUrl + "/" + PageAddresses.MY_CARD)
                .render();
    }

    /** A manager is asked whether their starter's role needs a Smartcard, or reminded that it is still open. */
    static Rendered cardDecisionWaiting(
            String managerFirstName, String starterName, LocalDate startDate, boolean reminder, String portalUrl) {
        String starts = startDate == null ? "" : ", who starts on " + UkTime.date(startDate) + ",";
        return new Letter(
                        reminder
                                ? "Reminder: does " + starterName + " need a Smartcard?"
                                : "Does " + starterName + " need a Smartcard?",
                        managerFirstName,
                        List.of(
                                (reminder ? "We still need to know whether " : "Please tell us whether ") + starterName
                                        + starts + " needs an NHS Smartcard for their role, so that a card can be "
                                        + "ready for their first days.",
                                "A card is needed to use clinical systems or to approve in ESR. If the role needs "
                                        + "neither, say no, and they use ESR without one."),
                        "Decide on your team's page",
                        portalUrl + "/" + PageAddresses.TEAM)
                .render();
    }

    /** A manager's weekly summary: their team's cards waiting on their decision, and waiting to be collected. */
    static Rendered teamDigest(String managerFirstName, int decisions, int toCollect, String portalUrl) {
        List<String> paragraphs = new java.util.ArrayList<>();
        if (decisions > 0) {
            paragraphs.add((decisions == 1 ? "1 person in your team is" : decisions + " people in your team are")
                    + " waiting for you to say whether their role needs a Smartcard.");
        }
        if (toCollect > 0) {
            paragraphs.add((toCollect == 1 ? "1 card" : toCollect + " cards")
                    + " for your team " + (toCollect == 1 ? "is" : "are")
                    + " on the way or waiting to be collected. Please remind people to come to their session.");
        }
        paragraphs.add("You can turn this weekly e-mail off on the Messages page of the portal.");
        return new Letter(
                        "Your team's Smartcards this week",
                        managerFirstName,
                        paragraphs,
                        "See your team",
                        portalUrl + "/" + PageAddresses.TEAM)
                .render();
    }

    /** A manager is told their team member has missed two collection sessions. */
    static Rendered missedSessions(String managerFirstName, String personName, String portalUrl) {
        return new Letter(
                        personName + " has missed two Smartcard collection sessions",
                        managerFirstName,
                        List.of(
                                personName + " was booked onto two collection sessions and did not come to either. "
                                        + "Their card is back in our store.",
                                "Please remind them to book another session, or let us know if they no longer need "
                                        + "the card."),
                        "See your team",
                        portalUrl + "/" + PageAddresses.TEAM)
                .render();
    }

    static Rendered lowStock(String itemName, String siteName, long level, int reorderLevel, String portalUrl) {
        return new Letter(
                        "Reorder " + itemName,
                        null,
                        List.of("Stock of " + itemName + " at " + siteName + " is down to " + level
                                + ", below its reorder level of " + reorderLevel + "."),
                        "See stock",
                        portalUrl + "/" + PageAddresses.STOCK)
                .render();
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, "UTF-8");
    }
}
