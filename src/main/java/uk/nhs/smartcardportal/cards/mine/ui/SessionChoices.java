package uk.nhs.smartcardportal.cards.mine.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import java.util.List;
import java.util.Optional;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.AskFirst;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.cards.mine.MyCardOverview;
import uk.nhs.smartcardportal.cards.mine.SessionChoiceService;
import uk.nhs.smartcardportal.sessions.SessionSummary;

/**
 * The sessions at the person's site, each with a button to book it or move to it. The cards and their buttons are
 * escaped markup and one listener on the list hears which button was pressed, rather than a button component with a
 * listener of its own kept in every starter's session for each session offered. The session named by the browser is
 * taken only when it is one of those shown with a button, and the service checks the booking again.
 */
class SessionChoices extends Div {

    /** The session of the button pressed (its data-session), or nothing for a click elsewhere on the list. */
    static final String CHOSEN = "event.target.closest('[data-session]')?.dataset.session";

    private final MyCardOverview card;
    private final List<SessionSummary> bookable;
    private final SessionChoiceService sessionChoice;
    private final Runnable refresh;

    SessionChoices(MyCardOverview card, SessionChoiceService sessionChoice, Runnable refresh) {
        this.card = card;
        this.sessionChoice = sessionChoice;
        this.refresh = refresh;
        this.bookable = !sessionChoice.mayChoose(card.status())
                ? List.of()
                : card.upcomingSessions().stream()
                        .filter(session -> card.allocatedSession() == null
                                || !card.allocatedSession().id().equals(session.id()))
                        .toList();
        addClassName("session-choices");
        getElement().setProperty("innerHTML", markup(card.upcomingSessions(), bookable, action(card)));
        if (!bookable.isEmpty()) {
            getElement()
                    .addEventListener("click", this::pressed)
                    .addEventData(CHOSEN)
                    .setFilter(CHOSEN + " != null");
        }
    }

    static String markup(List<SessionSummary> sessions, List<SessionSummary> bookable, String action) {
        StringBuilder html = new StringBuilder();
        for (SessionSummary session : sessions) {
            html.append("<div class=\"session-card\">")
                    .append(SessionCard.markup(session))
                    .append("</div>");
            if (bookable.contains(session)) {
                html.append("<vaadin-button class=\"session-choose\" data-session=\"")
                        .append(session.id())
                        .append("\" aria-label=\"")
                        .append(HtmlUtils.htmlEscape(action + ": " + UkTime.span(session.startsAt(), session.endsAt())))
                        .append("\">")
                        .append(action)
                        .append("</vaadin-button>");
            }
        }
        return html.toString();
    }

    private static String action(MyCardOverview card) {
        return card.allocatedSession() == null ? "Book this session" : "Move to this session";
    }

    private void pressed(DomEvent event) {
        JsonNode chosen = event.getEventData().get(CHOSEN);
        Optional<SessionSummary> session = bookable.stream()
                .filter(offered ->
                        chosen != null && String.valueOf(offered.id()).equals(chosen.asString()))
                .findFirst();
        session.ifPresent(this::choose);
    }

    private void choose(SessionSummary session) {
        String when = UkTime.span(session.startsAt(), session.endsAt());
        Runnable book = () -> {
            if (Feedback.attempt(
                    () -> sessionChoice.choose(card.cardId(), card.cardVersion(), session.id()),
                    "Booked: " + when + ".")) {
                refresh.run();
            }
        };
        SessionSummary current = card.allocatedSession();
        if (current == null) {
            book.run();
            return;
        }
        AskFirst.open(
                "Move to this session?",
                "You will be taken off your session " + UkTime.span(current.startsAt(), current.endsAt())
                        + " and booked onto " + when + ".",
                "Move to this session",
                "Keep my session",
                book);
    }
}
