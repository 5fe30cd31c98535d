package uk.nhs.smartcardportal.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.BookedSessionCancelled;
import uk.nhs.smartcardportal.cards.BookedSessionMoved;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CardStatusChanged;
import uk.nhs.smartcardportal.cards.SessionReminderDue;
import uk.nhs.smartcardportal.sessions.SessionCalendar;
import uk.nhs.smartcardportal.sessions.SessionService;
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
    private final SessionService sessions;
    private final MessagePreferenceService preferences;
    private final PortalProperties portal;

    BookingMessages(OutboxService outbox, StaffService staff, SessionService sessions,
            MessagePreferenceService preferences, PortalProperties portal) {
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
        if (change.to() != CardStatus.ALLOCATED || change.sessionId() == null) {
            return;
        }
        Staff person = staff.find(change.staffId()).orElseThrow();
        SessionSummary session = sessions.summaryForSystem(change.sessionId()).orElseThrow();
        MessageTemplates.Rendered message = MessageTemplates.allocated(person.getFirstName(),
                whenAndWhere(session), portal.baseUrl());
        enqueue(person, "SESSION_BOOKED", message, calendar(session, change.at()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onReminderDue(SessionReminderDue reminder) {
        if (!preferences.remindersWanted(reminder.staffId())) {
            return;
        }
        Staff person = staff.find(reminder.staffId()).orElseThrow();
        SessionSummary session = sessions.summaryForSystem(reminder.sessionId()).orElseThrow();
        MessageTemplates.Rendered message = MessageTemplates.reminder(person.getFirstName(),
                whenAndWhere(session), portal.baseUrl());
        enqueue(person, "SESSION_REMINDER", message, calendar(session, reminder.at()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onMoved(BookedSessionMoved moved) {
        Staff person = staff.find(moved.staffId()).orElseThrow();
        SessionSummary session = sessions.summaryForSystem(moved.sessionId()).orElseThrow();
        MessageTemplates.Rendered message = MessageTemplates.sessionMoved(person.getFirstName(),
                UkTime.dateTime(moved.startsAtBefore()) + ", " + moved.placeBefore(), whenAndWhere(session),
                portal.baseUrl());
        enqueue(person, "SESSION_MOVED", message, calendar(session, moved.at()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onCancelled(BookedSessionCancelled cancelled) {
        Staff person = staff.find(cancelled.staffId()).orElseThrow();
        SessionSummary session = sessions.summaryForSystem(cancelled.sessionId()).orElseThrow();
        MessageTemplates.Rendered message = MessageTemplates.sessionCancelled(person.getFirstName(),
                whenAndWhere(session), cancelled.reason(), portal.startersChooseSession(), portal.baseUrl());
        enqueue(person, "SESSION_CANCELLED", message, new String(SessionCalendar.cancellation(session, EVENT_TITLE,
                "This session is cancelled.", cancelled.at()), StandardCharsets.UTF_8));
    }

    private static String calendar(SessionSummary session, Instant at) {
        return new String(SessionCalendar.ics(session, EVENT_TITLE, EVENT_NOTE, at), StandardCharsets.UTF_8);
    }

    private void enqueue(Staff person, String kind, MessageTemplates.Rendered message, String calendar) {
        outbox.enqueue(new OutgoingMessage(person.getId(), kind, message.subject(), message.text(), message.html(),
                calendar));
    }
}
