package uk.nhs.smartcardportal.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CardStatusChanged;
import uk.nhs.smartcardportal.collection.BookedSessionCancelled;
import uk.nhs.smartcardportal.collection.BookedSessionMoved;
import uk.nhs.smartcardportal.collection.SessionReminderDue;
import uk.nhs.smartcardportal.sessions.SessionIcsFile;
import uk.nhs.smartcardportal.sessions.SessionLookup;
import uk.nhs.smartcardportal.sessions.SessionSummary;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * Tells people about their collection session: booked, moved, cancelled and the reminder the day before, each with
 * a calendar file, queued in the same transaction as the change. The reminder is the one message a person may turn
 * off.
 */
@Component
class BookingMessages {

    private static final String EVENT_TITLE = "Collect your NHS Smartcard";
    private static final String EVENT_NOTE = "Bring original identity documents.";

    private final OutboxService outbox;
    private final StaffService staff;
    private final SessionLookup sessions;
    private final MessagePreferenceService preferences;
    private final PortalProperties portal;

    BookingMessages(
            OutboxService outbox,
            StaffService staff,
            SessionLookup sessions,
            MessagePreferenceService preferences,
            PortalProperties portal) {
        this.outbox = outbox;
        this.staff = staff;
        this.sessions = sessions;
        this.preferences = preferences;
        this.portal = portal;
    }

    static String whenAndWhere(SessionSummary session) {
        return UkTime.span(session.startsAt(), session.endsAt()) + ", " + session.room() + ", " + session.siteName();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onAllocated(CardStatusChanged change) {
        if (change.to() == CardStatus.ALLOCATED && change.sessionId() != null) {
            tell(
                    change.staffId(),
                    change.sessionId(),
                    "SESSION_BOOKED",
                    (name, session) -> MessageTemplates.allocated(name, whenAndWhere(session), portal.baseUrl()),
                    session -> calendar(session, change.at()),
                    null);
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onReminderDue(SessionReminderDue reminder) {
        if (preferences.remindersWanted(reminder.staffId())) {
            tell(
                    reminder.staffId(),
                    reminder.sessionId(),
                    "SESSION_REMINDER",
                    (name, session) -> MessageTemplates.reminder(name, whenAndWhere(session), portal.baseUrl()),
                    session -> calendar(session, reminder.at()),
                    (name, session) -> TextTemplates.reminder(name, whenAndWhere(session), portal.baseUrl()));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onMoved(BookedSessionMoved moved) {
        tell(
                moved.staffId(),
                moved.sessionId(),
                "SESSION_MOVED",
                (name, session) -> MessageTemplates.sessionMoved(
                        name,
                        UkTime.dateTime(moved.startsAtBefore()) + ", " + moved.placeBefore(),
                        whenAndWhere(session),
                        portal.baseUrl()),
                session -> calendar(session, moved.at()),
                (name, session) -> TextTemplates.sessionMoved(name, whenAndWhere(session), portal.baseUrl()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onCancelled(BookedSessionCancelled cancelled) {
        tell(
                cancelled.staffId(),
                cancelled.sessionId(),
                "SESSION_CANCELLED",
                (name, session) -> MessageTemplates.sessionCancelled(
                        name,
                        whenAndWhere(session),
                        cancelled.reason(),
                        portal.startersChooseSession(),
                        portal.baseUrl()),
                session -> new String(
                        SessionIcsFile.cancellation(
                                session, EVENT_TITLE, "This session is cancelled.", portal.mailFrom(), cancelled.at()),
                        StandardCharsets.UTF_8),
                (name, session) -> TextTemplates.sessionCancelled(
                        name, whenAndWhere(session), portal.startersChooseSession(), portal.baseUrl()));
    }

    /** Queues the letter about the session to the person, with its calendar file, and its text when there is one. */
    private void tell(
            long staffId,
            long sessionId,
            String kind,
            BiFunction<String, SessionSummary, MessageTemplates.Rendered> letter,
            Function<SessionSummary, String> calendar,
            @Nullable BiFunction<String, SessionSummary, String> text) {
        Staff person = staff.find(staffId).orElseThrow();
        SessionSummary session = sessions.summaryForSystem(sessionId).orElseThrow();
        MessageTemplates.Rendered message = letter.apply(person.getFirstName(), session);
        OutgoingMessage email = new OutgoingMessage(
                person.getId(), kind, message.subject(), message.text(), message.html(), calendar.apply(session));
        outbox.enqueue(text == null ? email : email.withText(text.apply(person.getFirstName(), session)));
    }

    private String calendar(SessionSummary session, Instant at) {
        return new String(
                SessionIcsFile.ics(session, EVENT_TITLE, EVENT_NOTE, portal.mailFrom(), at), StandardCharsets.UTF_8);
    }
}
