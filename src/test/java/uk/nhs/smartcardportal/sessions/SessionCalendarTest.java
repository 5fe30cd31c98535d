package uk.nhs.smartcardportal.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.base.UkTime;

/** Invites land at the right hour on both sides of the clock change (a bug peer systems had). */
class SessionCalendarTest {

    private static String icsFor(LocalDateTime ukStart, LocalDateTime ukEnd) {
        SessionSummary session = new SessionSummary(42L, 1L, "Aintree University Hospital", "Longmoor Lane",
                "Education Centre, Room 2", ukStart.atZone(UkTime.ZONE).toInstant(),
                ukEnd.atZone(UkTime.ZONE).toInstant(), SessionStatus.SCHEDULED);
        return new String(SessionCalendar.ics(session, "Collect your NHS Smartcard", "Bring your documents",
                Instant.parse("2026-03-01T09:00:00Z")), StandardCharsets.UTF_8);
    }

    @Test
    void aSummerSessionAtTenUkTimeIsNineUtc() {
        String ics = icsFor(LocalDateTime.of(2026, 3, 31, 10, 0), LocalDateTime.of(2026, 3, 31, 12, 0));

        assertThat(ics).contains("DTSTART:20260331T090000Z").contains("DTEND:20260331T110000Z");
    }

    @Test
    void aWinterSessionAtTenUkTimeIsTenUtc() {
        String ics = icsFor(LocalDateTime.of(2026, 3, 24, 10, 0), LocalDateTime.of(2026, 3, 24, 12, 0));

        assertThat(ics).contains("DTSTART:20260324T100000Z").contains("DTEND:20260324T120000Z");
    }

    @Test
    void theAutumnChangeIsHandledToo() {
        assertThat(icsFor(LocalDateTime.of(2026, 10, 23, 14, 0), LocalDateTime.of(2026, 10, 23, 15, 30)))
                .contains("DTSTART:20261023T130000Z");
        assertThat(icsFor(LocalDateTime.of(2026, 10, 27, 14, 0), LocalDateTime.of(2026, 10, 27, 15, 30)))
                .contains("DTSTART:20261027T140000Z");
    }

    @Test
    void theInviteNamesThePlaceAndIsAValidCalendar() {
        String ics = icsFor(LocalDateTime.of(2026, 12, 1, 10, 0), LocalDateTime.of(2026, 12, 1, 12, 0));

        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0").contains("BEGIN:VEVENT")
                .contains("SUMMARY:Collect your NHS Smartcard")
                .contains("UID:collection-session-42@smartcard-portal")
                .contains("LOCATION:Education Centre\\, Room 2\\, Aintree University Hospital\\, Longmoor Lane")
                .contains("END:VCALENDAR");
    }
}
