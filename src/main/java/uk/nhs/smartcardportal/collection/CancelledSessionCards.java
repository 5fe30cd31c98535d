package uk.nhs.smartcardportal.collection;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.cards.CardLifecycle;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.Custody;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.sessions.SessionCancelled;
import uk.nhs.smartcardportal.sites.SiteService;

/**
 * When a session is cancelled, in the same transaction, its cards go back to the store: booked cards are released,
 * cards already taken to the session come back as not collected. Each holder is told (`BookedSessionCancelled`).
 */
@Component
class CancelledSessionCards {

    private final CollectionCardRepository sessionCards;
    private final CardLifecycle lifecycle;
    private final SiteService sites;
    private final ApplicationEventPublisher events;

    CancelledSessionCards(
            CollectionCardRepository sessionCards,
            CardLifecycle lifecycle,
            SiteService sites,
            ApplicationEventPublisher events) {
        this.sessionCards = sessionCards;
        this.lifecycle = lifecycle;
        this.sites = sites;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void returnCardsToTheStore(SessionCancelled cancelled) {
        String why = "Session cancelled: " + cancelled.reason();
        for (Smartcard card : sessionCards.findOnSession(cancelled.sessionId(), CardStatus.WAITING_AT_A_SESSION)) {
            if (card.getStatus() == CardStatus.ALLOCATED) {
                lifecycle.release(card, card.getVersion(), why);
            } else {
                lifecycle.move(
                        card,
                        card.getVersion(),
                        CardStatus.NOT_COLLECTED,
                        Custody.atSite(sites.store().getId()),
                        why);
            }
            events.publishEvent(new BookedSessionCancelled(
                    card.getId(), card.getStaff().getId(), cancelled.sessionId(), cancelled.reason(), cancelled.at()));
        }
    }
}
