package uk.nhs.smartcardportal.notifications;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.cards.CardLifecycle;
import uk.nhs.smartcardportal.cards.requests.CardAsked;
import uk.nhs.smartcardportal.cards.requests.CardRequestDecided;
import uk.nhs.smartcardportal.collection.CardNotCollected;
import uk.nhs.smartcardportal.staff.CardDecisionWaiting;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;
import uk.nhs.smartcardportal.stock.StockBelowReorderLevel;

/** Messages to the people who run things: a manager's declined request, and low stock to the team mailbox. */
@Component
class TeamMessages {

    static final int MISSED_SESSIONS = 2;

    private final OutboxService outbox;
    private final StaffService staff;
    private final CardLifecycle cards;
    private final PortalProperties portal;

    TeamMessages(OutboxService outbox, StaffService staff, CardLifecycle cards, PortalProperties portal) {
        this.outbox = outbox;
        this.staff = staff;
        this.cards = cards;
        this.portal = portal;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onCardDecisionWaiting(CardDecisionWaiting waiting) {
        Staff manager = staff.find(waiting.managerId()).orElseThrow();
        Staff starter = staff.find(waiting.staffId()).orElseThrow();
        MessageTemplates.Rendered message = MessageTemplates.cardDecisionWaiting(
                manager.getFirstName(),
                starter.getFullName(),
                waiting.startDate(),
                waiting.reminder(),
                portal.baseUrl());
        outbox.enqueue(
                message.to(manager.getId(), waiting.reminder() ? "CARD_DECISION_REMINDER" : "CARD_DECISION_WAITING"));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onCardAsked(CardAsked asked) {
        Staff manager = staff.find(asked.managerStaffId()).orElseThrow();
        Staff person = staff.find(asked.staffId()).orElseThrow();
        MessageTemplates.Rendered message =
                MessageTemplates.cardAsked(manager.getFirstName(), person.getFullName(), portal.baseUrl());
        outbox.enqueue(message.to(manager.getId(), "CARD_ASKED"));
    }

    /** At the second session a person did not come to, their manager is told (once: at exactly two). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onNotCollected(CardNotCollected notCollected) {
        if (cards.timesNotCollected(notCollected.cardId()) != MISSED_SESSIONS) {
            return;
        }
        Staff person = staff.find(notCollected.staffId()).orElseThrow();
        Staff manager = person.getLineManager();
        if (manager == null || manager.hasEnded()) {
            return;
        }
        MessageTemplates.Rendered message =
                MessageTemplates.missedSessions(manager.getFirstName(), person.getFullName(), portal.baseUrl());
        outbox.enqueue(message.to(manager.getId(), "MISSED_SESSIONS"));
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
        outbox.enqueue(message.to(requester.getId(), "REQUEST_DECIDED"));
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
