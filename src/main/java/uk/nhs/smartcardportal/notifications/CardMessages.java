package uk.nhs.smartcardportal.notifications;

import java.nio.charset.StandardCharsets;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardNotCollected;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CardStatusChanged;
import uk.nhs.smartcardportal.cards.SessionReminderDue;
import uk.nhs.smartcardportal.sessions.SessionCalendar;
import uk.nhs.smartcardportal.sessions.SessionService;
import uk.nhs.smartcardportal.sessions.SessionSummary;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteService;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;

/** Turns what happens to a person's card into the e-mails that tell them, queued with the change itself. */
@Component
class CardMessages {

    private final OutboxService outbox;
    private final StaffService staff;
    private final SiteService sites;
    private final SessionService sessions;
    private final PortalProperties portal;

    CardMessages(OutboxService outbox, StaffService staff, SiteService sites, SessionService sessions,
            PortalProperties portal) {
        this.outbox = outbox;
        this.staff = staff;
        this.sites = sites;
        this.sessions = sessions;
        this.portal = portal;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onCardStatusChanged(CardStatusChanged change) {
        if (change.to() != CardStatus.PRINTED || change.collectionSiteId() == null) {
            return;
        }
        Staff person = staff.find(change.staffId()).orElseThrow();
        Site site = sites.find(change.collectionSiteId()).orElseThrow();
        MessageTemplates.Rendered message = MessageTemplates.cardPrinted(person.getFirstName(), site.getName(),
                site.getAddress(), portal.baseUrl());
        outbox.enqueue(new OutgoingMessage(person.getId(), "CARD_PRINTED", message.subject(), message.text(),
                message.html(), null));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onReminderDue(SessionReminderDue reminder) {
        Staff person = staff.find(reminder.staffId()).orElseThrow();
        SessionSummary session = sessions.summaryForSystem(reminder.sessionId()).orElseThrow();
        MessageTemplates.Rendered message = MessageTemplates.reminder(person.getFirstName(),
                UkTime.span(session.startsAt(), session.endsAt()), session.room() + ", " + session.siteName(),
                portal.baseUrl());
        String calendar = new String(SessionCalendar.ics(session, "Collect your NHS Smartcard",
                "Bring original identity documents.", reminder.at()), StandardCharsets.UTF_8);
        outbox.enqueue(new OutgoingMessage(person.getId(), "SESSION_REMINDER", message.subject(), message.text(),
                message.html(), calendar));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onNotCollected(CardNotCollected notCollected) {
        Staff person = staff.find(notCollected.staffId()).orElseThrow();
        String next = notCollected.nextSessionId() == null ? null
                : sessions.summaryForSystem(notCollected.nextSessionId()).map(session -> UkTime.span(session.startsAt(), session.endsAt()) + ", " + session.room() + ", "
                        + session.siteName()).orElse(null);
        MessageTemplates.Rendered message = MessageTemplates.notCollected(person.getFirstName(), next,
                portal.baseUrl());
        outbox.enqueue(new OutgoingMessage(person.getId(), "CARD_NOT_COLLECTED", message.subject(), message.text(),
                message.html(), null));
    }
}
