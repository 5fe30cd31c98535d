package uk.nhs.smartcardportal.cards.mine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.sessions.SessionStatus;
import uk.nhs.smartcardportal.sessions.SessionSummary;

class SessionCardTest {

    private static SessionSummary session(String room, String site) {
        return new SessionSummary(
                42L,
                7L,
                site,
                "Lower Lane",
                room,
                Instant.parse("2027-03-01T10:00:00Z"),
                Instant.parse("2027-03-01T12:00:00Z"),
                SessionStatus.SCHEDULED,
                20);
    }

    @Test
    void theCardSaysWhenAndWhereAndLinksToItsCalendarFile() {
        String html = SessionCard.markup(session("Education Centre, Room 2", "Aintree"));

        assertThat(html)
                .startsWith("<span class=\"session-card-when\">")
                .contains("<span>Education Centre, Room 2, Aintree</span>")
                .contains("href=\"calendar/collection-sessions/42\"")
                .contains("aria-label=\"Add to calendar: the session on ")
                .endsWith(">Add to calendar</a>");
    }

    @Test
    void namesTypedByPeopleAreEscaped() {
        String html = SessionCard.markup(session("<img src=x onerror=alert(1)>", "A & \"B\""));

        assertThat(html).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;, A &amp; &quot;B&quot;");
    }
}
