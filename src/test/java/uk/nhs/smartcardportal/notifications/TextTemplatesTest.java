package uk.nhs.smartcardportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each text is one or two text messages long, in the GSM alphabet, and says where to go next. */
class TextTemplatesTest {

    private static final String GSM = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
            + "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String URL = "https://smartcards.trust.nhs.uk";

    private static List<String> texts(String firstName, String place, String when, String url) {
        return List.of(
                TextTemplates.cardReady(firstName, place, true, url),
                TextTemplates.cardReady(firstName, place, false, url),
                TextTemplates.reminder(firstName, when, url),
                TextTemplates.sessionMoved(firstName, when, url),
                TextTemplates.sessionCancelled(firstName, when, true, url),
                TextTemplates.sessionCancelled(firstName, when, false, url));
    }

    @Test
    void everyTextIsBetween160And320CharactersForShortAndVeryLongValues() {
        List<String> shortOnes = texts("Al", "Ward", "Mon 7 Dec 2026, 10:00 to 12:00, Room 1, Ward", "http://a");
        String longPlace = "The Royal Liverpool University Hospital Outpatients Department Building ".repeat(3);
        List<String> longOnes = texts(
                "Bartholomew-Alexander",
                longPlace,
                "Mon 7 Dec 2026, 10:00 to 12:00, Seminar Room 14 – Second Floor, " + longPlace,
                URL + "/a-very-long-path-for-a-trust-portal");

        assertThat(shortOnes).allSatisfy(text -> assertThat(text.length()).isBetween(160, 320));
        assertThat(longOnes).allSatisfy(text -> {
            assertThat(text.length()).isBetween(160, 320);
            assertThat(text).contains(URL + "/a-very-long-path-for-a-trust-portal/my-card");
        });
    }

    @Test
    void textsKeepToTheGsmAlphabetAndGreetByFirstNameOnly() {
        List<String> written =
                texts("Siân", "St Helen’s – Main Site", "Tue 8 Dec 2026, 09:00 to 11:00, Room “A”, St Helen’s", URL);

        assertThat(written).allSatisfy(text -> {
            assertThat(text).startsWith("Hello Si");
            assertThat(text.replace("Siân", "Sian").chars().filter(c -> GSM.indexOf(c) < 0))
                    .as("characters outside the GSM alphabet in: " + text)
                    .isEmpty();
            assertThat(text).contains(URL + "/my-card");
        });
        assertThat(written.getFirst()).contains("St Helen's - Main Site");
    }
}
