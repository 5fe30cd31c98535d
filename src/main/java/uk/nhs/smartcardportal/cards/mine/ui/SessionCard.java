package uk.nhs.smartcardportal.cards.mine.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.sessions.SessionIcsFile;
import uk.nhs.smartcardportal.sessions.SessionSummary;

/** One collection session: when, where, and a link that adds it to the person's calendar. */
class SessionCard extends Div {

    SessionCard(SessionSummary session, String organizer, Clock clock) {
        addClassName("session-card");
        Span when = new Span(UkTime.span(session.startsAt(), session.endsAt()));
        when.addClassName("session-card-when");
        Span where = new Span(session.room() + ", " + session.siteName());
        // the file is written when it is asked for: most people never download it
        Anchor calendar = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] ics = SessionIcsFile.ics(
                            session,
                            "Collect your NHS Smartcard",
                            "Bring original, in-date identity documents: usually three, one with your photo and one "
                                    + "showing your address. The name must match exactly.",
                            organizer,
                            clock.instant());
                    return new DownloadResponse(
                            new ByteArrayInputStream(ics),
                            "smartcard-collection-" + session.id() + ".ics",
                            "text/calendar",
                            ics.length);
                }),
                "Add to calendar");
        // the name starts with the words on the link, so speech users can say what they see (WCAG 2.5.3)
        calendar.getElement()
                .setAttribute(
                        "aria-label",
                        "Add to calendar: the session on " + UkTime.span(session.startsAt(), session.endsAt()));
        calendar.addClassName("session-card-calendar");
        add(when, where, calendar);
    }
}
