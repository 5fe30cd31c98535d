package uk.nhs.smartcardportal.notifications;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.cards.requests.CardRequestDecided;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;
import uk.nhs.smartcardportal.stock.StockBelowReorderLevel;

/** Messages to the people who run things: a manager's declined request, and low stock to the team mailbox. */
@Component
class TeamMessages {

    private final OutboxService outbox;
    private final StaffService staff;
    private final PortalProperties portal;

    TeamMessages(OutboxService outbox, StaffService staff, PortalProperties portal) {
        this.outbox = outbox;
        this.staff = staff;
        this.portal = portal;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onRequestDecided(CardRequestDecided decided) {
        if (decided.requestedByStaffId() == null || decided.requestedByStaffId() == decided.staffId()) {
            return;
        }
        Staff requester = staff.find(decided.requestedByStaffId()).orElseThrow();
        Staff person = staff.find(decided.staffId()).orElseThrow();
        MessageTemplates.Rendered message =
                MessageTemplates.requestDecided(requester.getFirstName(), person.getFullName(), portal.baseUrl());
        outbox.enqueue(new OutgoingMessage(
                requester.getId(), "REQUEST_DECIDED", message.subject(), message.text(), message.html(), null));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onLowStock(StockBelowReorderLevel low) {
        MessageTemplates.Rendered message = MessageTemplates.lowStock(
                low.itemName(), low.siteName(), low.level(), low.reorderLevel(), portal.baseUrl());
        outbox.enqueue(new OutgoingMessage(
                null, portal.supportEmail(), "LOW_STOCK", message.subject(), message.text(), message.html(), null));
    }
}
