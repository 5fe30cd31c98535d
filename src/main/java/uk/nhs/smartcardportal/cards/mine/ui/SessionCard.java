package uk.nhs.smartcardportal.cards.mine.ui;

import com.vaadin.flow.component.html.Div;
import org.springframework.web.util.HtmlUtils;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.sessions.SessionSummary;

/**
 * One collection session: when, where, and a link that adds it to the person's calendar. Its texts go into the page as
 * escaped markup, one element kept in the session instead of five, and the link is a plain address
 * ({@link SessionCalendarController}) rather than a download registered in the session for each card.
 */
class SessionCard extends Div {

    SessionCard(SessionSummary session) {
        addClassName("session-card");
        getElement().setProperty("innerHTML", markup(session));
    }

    static String markup(SessionSummary session) {
        String when = HtmlUtils.htmlEscape(UkTime.span(session.startsAt(), session.endsAt()));
        String where = HtmlUtils.htmlEscape(session.room() + ", " + session.siteName());
        // the name starts with the words on the link, so speech users can say what they see (WCAG 2.5.3)
        return "<span class=\"session-card-when\">" + when + "</span><span>" + where + "</span>"
                + "<a class=\"session-card-calendar\" href=\"" + SessionCalendarController.path(session.id())
                + "\" download router-ignore aria-label=\"Add to calendar: the session on " + when
                + "\">Add to calendar</a>";
    }
}
