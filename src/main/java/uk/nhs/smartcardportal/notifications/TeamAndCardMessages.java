package uk.nhs.smartcardportal.notifications;

import java.nio.charset.StandardCharsets;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardRequestDecided;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CardStatusChanged;
import uk.nhs.smartcardportal.cards.SiteChangeDecided;
import uk.nhs.smartcardportal.cards.SiteChangeStatus;
import uk.nhs.smartcardportal.sessions.SessionCalendar;
import uk.nhs.smartcardportal.sessions.SessionService;
import uk.nhs.smartcardportal.sessions.SessionSummary;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;
import uk.nhs.smartcardportal.stock.StockBelowReorderLevel;

/** Bookings, decisions and low stock, turned into e-mails in the same transaction as the change. */
@Component
class TeamAndCardMessages {

    private final OutboxService outbox;
    private final StaffService staff;
    private final SessionService sessions;
    private final PortalProperties portal;

    TeamAndCardMessages(OutboxService outbox, StaffService staff, SessionService sessions, PortalProperties portal) {
        this.outbox = outbox;
        this.staff = staff;
        this.sessions = sessions;
        this.portal = portal;
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
                UkTime.span(session.startsAt(), session.endsAt()), session.room() + ", " + session.siteName(),
                portal.baseUrl());
        String calendar = new String(SessionCalendar.ics(session, "Collect your NHS Smartcard",
                "Bring original identity documents.", change.at()), StandardCharsets.UTF_8);
        outbox.enqueue(new OutgoingMessage(person.getId(), "SESSION_BOOKED", message.subject(), message.text(),
                message.html(), calendar));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onSiteChangeDecided(SiteChangeDecided decided) {
        if (decided.outcome() != SiteChangeStatus.APPROVED && decided.outcome() != SiteChangeStatus.DECLINED) {
            return;
        }
        Staff person = staff.find(decided.staffId()).orElseThrow();
        MessageTemplates.Rendered message = MessageTemplates.siteChangeDecided(person.getFirstName(),
                decided.outcome() == SiteChangeStatus.APPROVED, portal.baseUrl());
        outbox.enqueue(new OutgoingMessage(person.getId(), "SITE_CHANGE_DECIDED", message.subject(),
                message.text(), message.html(), null));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onRequestDecided(CardRequestDecided decided) {
        if (decided.requestedByStaffId() == null || decided.requestedByStaffId() == decided.staffId()) {
            return;
        }
        Staff requester = staff.find(decided.requestedByStaffId()).orElseThrow();
        Staff person = staff.find(decided.staffId()).orElseThrow();
        MessageTemplates.Rendered message = MessageTemplates.requestDecided(requester.getFirstName(),
                person.getFullName(), portal.baseUrl());
        outbox.enqueue(new OutgoingMessage(requester.getId(), "REQUEST_DECIDED", message.subject(), message.text(),
                message.html(), null));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onLowStock(StockBelowReorderLevel low) {
        MessageTemplates.Rendered message = MessageTemplates.lowStock(low.itemName(), low.siteName(), low.level(),
                low.reorderLevel(), portal.baseUrl());
        outbox.enqueue(new OutgoingMessage(null, portal.supportEmail(), "LOW_STOCK", message.subject(),
                message.text(), message.html(), null));
    }
}
