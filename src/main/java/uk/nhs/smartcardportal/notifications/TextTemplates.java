package uk.nhs.smartcardportal.notifications;

import java.text.Normalizer;
import uk.nhs.smartcardportal.base.web.PageAddresses;

/**
 * The few messages also sent as a text, in our words: between 160 and 320 characters (one to two text messages), the
 * first name only, and the portal's link for the rest. Letters outside the GSM alphabet of text messages (long dashes,
 * curly quotes) are replaced, so a text is never sent in the more costly Unicode form for want of a hyphen.
 */
final class TextTemplates {

    static final int MIN = 160;
    static final int MAX = 320;
    private static final String BRING =
            "Bring original identity documents: usually three, one with your photo and one " + "showing your address.";

    private TextTemplates() {}

    static String cardReady(String firstName, String siteName, boolean holderChooses, String portalUrl) {
        return fit(
                "Hello " + firstName + ", your NHS Smartcard is ready to collect at ",
                siteName,
                ". "
                        + (holderChooses
                                ? "Book a collection session: "
                                : "We will book you onto a collection session and tell you when. See your card: ")
                        + link(portalUrl)
                        + " " + BRING);
    }

    static String reminder(String firstName, String whenAndWhere, String portalUrl) {
        return fit(
                "Hello " + firstName + ", a reminder: your NHS Smartcard collection session is tomorrow, ",
                whenAndWhere,
                ". " + BRING + " Can't make it? Choose another session: " + link(portalUrl));
    }

    static String sessionMoved(String firstName, String now, String portalUrl) {
        return fit(
                "Hello " + firstName + ", your NHS Smartcard collection session has moved. It is now ",
                now,
                ". " + BRING + " Can't make it? Choose another session: " + link(portalUrl));
    }

    static String sessionCancelled(String firstName, String when, boolean canChoose, String portalUrl) {
        return fit(
                "Hello " + firstName + ", we are sorry: your NHS Smartcard collection session ",
                when,
                " is cancelled. Your card is safe in our store. "
                        + (canChoose
                                ? "Choose another session: "
                                : "We will book you onto another session and tell you. See your card: ")
                        + link(portalUrl));
    }

    private static String link(String portalUrl) {
        return portalUrl + "/" + PageAddresses.MY_CARD;
    }

    /** Puts the text together, shortening the middle (a place or time) when the whole would be too long. */
    static String fit(String before, String middle, String after) {
        String start = gsm(before);
        String end = gsm(after);
        String between = gsm(middle);
        int room = MAX - start.length() - end.length();
        if (between.length() > room) {
            between = between.substring(0, Math.max(0, room - 3)).strip() + "...";
        }
        String text = start + between + end;
        return text.length() > MAX ? text.substring(0, MAX) : text;
    }

    /** The characters a text message's GSM alphabet lacks, replaced by ones it has. */
    static String gsm(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u2013', '-')
                .replace('\u2014', '-')
                .replace('\u2018', '\'')
                .replace('\u2019', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"')
                .replace("\u2026", "...")
                .replace('\u00A0', ' ');
        return plain;
    }
}
