package uk.nhs.smartcardportal.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.base.UkTime;

/** Invites land at the right hour on both sides of the clock change (a bug peer systems had). */
class SessionIcsFileTest {

    private static String icsFor(LocalDateTime ukStart, LocalDateTime ukEnd) {
        SessionSummary session = new SessionSummary(
                42L,
                1L,
                "Aintree University Hospital",
                "Longmoor Lane",
                "Education Centre, Room 2",
                ukStart.atZone(UkTime.ZONE).toInstant(),
                ukEnd.atZone(UkTime.ZONE).toInstant(),
                SessionStatus.SCHEDULED,
                12);
        return new String(
                SessionIcsFile.ics(
                        session,
                        "Collect your NHS Smartcard",
                        "Bring your documents",
                        "smartcards@nhs.example",
                        Instant.parse("2026-03-01T09:00:00Z")),
                StandardCharsets.UTF_8);
    }

    private static SessionSummary session() {
        return new SessionSummary(
                42L,
                1L,
                "Aintree University Hospital",
                "Longmoor Lane",
                "Education Centre, Room 2",
                Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-01T12:00:00Z"),
                SessionStatus.SCHEDULED,
                12);
    }

    /** Each kind of file the portal writes, read back and checked by ical4j's validator (RFC 5545 and 5546). */
    @Test
    void everyKindOfCalendarFileIsValid() throws Exception {
        Instant now = Instant.parse("2026-11-20T08:30:00Z");
        java.util.Map<String, byte[]> files = java.util.Map.of(
                "added or updated (PUBLISH)",
                        SessionIcsFile.ics(
                                session(),
                                "Collect your NHS Smartcard",
                                "Bring your documents",
                                "smartcards@nhs.example",
                                now),
                "cancelled (CANCEL)",
                        SessionIcsFile.cancellation(
                                session(),
                                "Collect your NHS Smartcard",
                                "This session is cancelled.",
                                "smartcards@nhs.example",
                                now.plusSeconds(600)));
        for (var file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            net.fortuna.ical4j.model.Calendar calendar =
                    new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(text));
            net.fortuna.ical4j.validate.ValidationResult result = calendar.validate(true);
            assertThat(result.getEntries())
                    .as(file.getKey() + ": " + result)
                    .noneMatch(
                            entry -> entry.getSeverity() == net.fortuna.ical4j.validate.ValidationEntry.Severity.ERROR);
            assertThat(text.lines().filter(line -> line.startsWith("DTSTAMP")))
                    .as(file.getKey())
                    .hasSize(1);
            assertThat(text).as(file.getKey()).contains("DTSTAMP:2026112", "ORGANIZER:mailto:smartcards@nhs.example");
        }
        assertThat(sequence(files.get("cancelled (CANCEL)")))
                .as("a later file is newer to a calendar")
                .isGreaterThan(sequence(files.get("added or updated (PUBLISH)")));
    }

    private static int sequence(byte[] ics) {
        return Integer.parseInt(new String(ics, StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.startsWith("SEQUENCE:"))
                .findFirst()
                .orElseThrow()
                .substring(9)
                .strip());
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

        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR")
                .contains("VERSION:2.0")
                .contains("BEGIN:VEVENT")
                .contains("SUMMARY:Collect your NHS Smartcard")
                .contains("UID:collection-session-42@smartcard-portal")
                .contains("LOCATION:Education Centre\\, Room 2\\, Aintree University Hospital\\, Longmoor Lane")
                .contains("END:VCALENDAR");
    }
}
