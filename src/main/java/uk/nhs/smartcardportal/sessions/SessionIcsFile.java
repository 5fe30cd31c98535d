package uk.nhs.smartcardportal.sessions;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A calendar file (.ics) for one collection session. Times are written in UTC, so calendars place the session
 * right on both sides of the clock change. Every file for a session carries the same UID, so a calendar that
 * imported the booking updates it when the session moves and removes it when the session is cancelled.
 */
public final class SessionIcsFile {

    private SessionIcsFile() {}

    /** The first minute sequence numbers count from; any fixed moment before the portal's first file will do. */
    private static final Instant SEQUENCE_EPOCH = Instant.parse("2024-01-01T00:00:00Z");

    /**
     * The file that adds the session to a calendar, or updates it there.
     *
     * @param organizer the e-mail address the invitation comes from (RFC 5546 needs an organizer)
     */
    public static byte[] ics(SessionSummary session, String title, String description, String organizer, Instant now) {
        return calendar(event(session, title, description, organizer, now), ImmutableMethod.PUBLISH);
    }

    /** The file that takes a cancelled session out of the calendars it was added to. */
    public static byte[] cancellation(
            SessionSummary session, String title, String description, String organizer, Instant now) {
        VEvent event = event(session, title, description, organizer, now);
        event.add(ImmutableStatus.VEVENT_CANCELLED);
        return calendar(event, ImmutableMethod.CANCEL);
    }

    private static VEvent event(
            SessionSummary session, String title, String description, String organizer, Instant now) {
        VEvent event = new VEvent(session.startsAt(), session.endsAt(), title);
        event.add(new Uid("collection-session-" + session.id() + "@smartcard-portal"));
        // the constructor stamps the event with the clock's time; one DTSTAMP, the portal's own time (RFC 5545)
        event.replace(new DtStamp(now));
        // a later file for the same session carries a higher number, so calendars take it as the newer one
        event.add(new Sequence(
                (int) Math.max(0, Duration.between(SEQUENCE_EPOCH, now).toMinutes())));
        event.add(new Organizer(URI.create("mailto:" + organizer)));
        event.add(new Location(session.room() + ", " + session.siteName()
                + (session.siteAddress() == null ? "" : ", " + session.siteAddress())));
        event.add(new Description(description));
        return event;
    }

    private static byte[] calendar(VEvent event, Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//NHS trust//Smartcard Portal//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(event);
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }
}
