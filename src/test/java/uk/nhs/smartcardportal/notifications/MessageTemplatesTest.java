package uk.nhs.smartcardportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message kind: the data it must carry, escaped in the HTML and kept as typed in the text. */
class MessageTemplatesTest {

    private static final String PORTAL = "https://smartcards.example.nhs.uk";

    /** What a template is given (a hostile first name and place) and what it must say. */
    private record Case(Function<String, MessageTemplates.Rendered> render, String link, List<String> says) {}

    static Stream<Arguments> templates() {
        String when = "Tuesday 8 December, 10:00 to 12:00, Room 1, O'Brien Wing";
        return Stream.of(
                Arguments.of(
                        "card printed",
                        new Case(
                                name -> MessageTemplates.cardPrinted(name, "O'Brien Wing", "1 Long Lane", true, PORTAL),
                                "/my-card",
                                List.of(
                                        "has been printed",
                                        "on its way to the Workforce Systems Team",
                                        "O'Brien Wing (1 Long Lane)",
                                        "When the Workforce Systems Team has received it",
                                        "identity documents"))),
                Arguments.of(
                        "card received",
                        new Case(
                                name -> MessageTemplates.cardReceived(name, "O'Brien Wing", true, PORTAL),
                                "/my-card",
                                List.of(
                                        "in the Workforce Systems store",
                                        "Book one of the collection sessions at O'Brien Wing",
                                        "identity documents"))),
                Arguments.of(
                        "certificates expire in 30 days",
                        new Case(
                                name -> MessageTemplates.certificateRenewal(
                                        name,
                                        java.time.LocalDate.of(2027, 3, 4),
                                        30,
                                        "Renew them at a session.",
                                        PORTAL),
                                "/my-card",
                                List.of("expire on 4 Mar 2027", "stops working", "Renew them at a session."))),
                Arguments.of(
                        "card decision waiting",
                        new Case(
                                name -> MessageTemplates.cardDecisionWaiting(
                                        name, "Sinéad O'Brien", java.time.LocalDate.of(2027, 1, 4), false, PORTAL),
                                "/team",
                                List.of("Please tell us whether Sinéad O'Brien, who starts on 4 Jan 2027,", "ESR"))),
                Arguments.of(
                        "card decision reminder",
                        new Case(
                                name -> MessageTemplates.cardDecisionWaiting(
                                        name, "Sinéad O'Brien", null, true, PORTAL),
                                "/team",
                                List.of("We still need to know whether Sinéad O'Brien needs"))),
                Arguments.of(
                        "team digest",
                        new Case(
                                name -> MessageTemplates.teamDigest(name, 2, 1, PORTAL),
                                "/team",
                                List.of("2 people in your team are waiting", "1 card for your team is", "turn this"))),
                Arguments.of(
                        "missed sessions",
                        new Case(
                                name -> MessageTemplates.missedSessions(name, "Sinéad O'Brien", PORTAL),
                                "/team",
                                List.of("did not come to either", "book another session"))),
                Arguments.of(
                        "card lost",
                        new Case(
                                name -> MessageTemplates.cardLost(name, "Workforce Systems Team", PORTAL),
                                "/my-card",
                                List.of(
                                        "recorded your Smartcard as lost",
                                        "asked for a new one",
                                        "Registration Authority",
                                        "police",
                                        "identity documents"))),
                Arguments.of(
                        "card received, team books",
                        new Case(
                                name -> MessageTemplates.cardReceived(name, "O'Brien Wing", false, PORTAL),
                                "/my-card",
                                List.of("We will book you onto a collection " + "session at O'Brien Wing"))),
                Arguments.of(
                        "site change requested",
                        new Case(
                                name -> MessageTemplates.siteChangeRequested(name, "Aintree", "O'Brien Wing", PORTAL),
                                "/my-card",
                                List.of("at O'Brien Wing instead of Aintree", "stays at Aintree"))),
                Arguments.of(
                        "site change approved",
                        new Case(
                                name -> MessageTemplates.siteChangeDecided(
                                        name, true, "Aintree", "O'Brien Wing", PORTAL),
                                "/my-card",
                                List.of("approved", "collect your NHS Smartcard at O'Brien Wing"))),
                Arguments.of(
                        "site change declined",
                        new Case(
                                name -> MessageTemplates.siteChangeDecided(
                                        name, false, "Aintree", "O'Brien Wing", PORTAL),
                                "/my-card",
                                List.of("has not been approved", "stays at Aintree", "The portal shows why"))),
                Arguments.of(
                        "allocated",
                        new Case(
                                name -> MessageTemplates.allocated(name, when, PORTAL),
                                "/my-card",
                                List.of("You are booked", when, "calendar file"))),
                Arguments.of(
                        "session moved",
                        new Case(
                                name -> MessageTemplates.sessionMoved(
                                        name, "1 Dec 2026 09:00, Room 2, Aintree", when, PORTAL),
                                "/my-card",
                                List.of("It was 1 Dec 2026 09:00, Room 2, Aintree", "It is now " + when))),
                Arguments.of(
                        "session cancelled, starter may choose",
                        new Case(
                                name -> MessageTemplates.sessionCancelled(name, when, "Room flooded", true, PORTAL),
                                "/my-card",
                                List.of(when + " has been cancelled (Room flooded)", "Choose another session"))),
                Arguments.of(
                        "session cancelled, team books",
                        new Case(
                                name -> MessageTemplates.sessionCancelled(name, when, "Room flooded", false, PORTAL),
                                "/my-card",
                                List.of("We will book you onto another session"))),
                Arguments.of(
                        "reminder",
                        new Case(
                                name -> MessageTemplates.reminder(name, when, PORTAL),
                                "/my-card",
                                List.of("A reminder", when, "identity documents"))),
                Arguments.of(
                        "not collected, next session known",
                        new Case(
                                name -> MessageTemplates.notCollected(name, when, PORTAL),
                                "/my-card",
                                List.of("was not collected", "The next session at your site is " + when))),
                Arguments.of(
                        "not collected, none planned",
                        new Case(
                                name -> MessageTemplates.notCollected(name, null, PORTAL),
                                "/my-card",
                                List.of("We will e-mail you when the next session"))),
                Arguments.of(
                        "later request declined",
                        new Case(
                                name -> MessageTemplates.requestDecided(name, "Sinéad O'Brien", PORTAL),
                                "/team",
                                List.of("declined", "Sinéad O'Brien"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void rendersItsDataAndEscapesNames(String kind, Case template) {
        MessageTemplates.Rendered message = template.render().apply("<script>alert('O'Brien')</script>");

        assertThat(message.subject()).isNotBlank();
        assertThat(message.text())
                .startsWith("Dear <script>alert('O'Brien')</script>,")
                .contains(PORTAL + template.link());
        assertThat(message.text()).contains(template.says());
        assertThat(message.html())
                .startsWith("<p>Dear &lt;script&gt;alert(&#39;O&#39;Brien&#39;)&lt;/script&gt;,")
                .doesNotContain("<script>", "'")
                .contains("href=\"" + PORTAL + template.link() + "\"");
        for (String said : template.says()) {
            assertThat(message.html()).contains(said.replace("'", "&#39;"));
        }
    }

    @Test
    void lowStockGoesToTheTeamWithoutAGreeting() {
        MessageTemplates.Rendered message =
                MessageTemplates.lowStock("<b>Card holders</b>", "O'Brien Store", 3, 10, PORTAL);

        assertThat(message.subject()).isEqualTo("Reorder <b>Card holders</b>");
        assertThat(message.text())
                .startsWith("Stock of <b>Card holders</b> at O'Brien Store is down to 3, below its "
                        + "reorder level of 10.")
                .contains(PORTAL + "/stock");
        assertThat(message.html())
                .contains("&lt;b&gt;Card holders&lt;/b&gt;", "O&#39;Brien Store")
                .doesNotContain("<b>");
    }
}
