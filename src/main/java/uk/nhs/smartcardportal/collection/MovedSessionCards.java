package uk.nhs.smartcardportal.collection;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.sessions.SessionMoved;

/** When a session moves, each person whose card is booked onto it is told, in the same transaction as the move. */
@Component
class MovedSessionCards {

    private final CollectionCardRepository sessionCards;
    private final ApplicationEventPublisher events;

    MovedSessionCards(CollectionCardRepository sessionCards, ApplicationEventPublisher events) {
        this.sessionCards = sessionCards;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void tellTheHolders(SessionMoved moved) {
        for (Smartcard card : sessionCards.findOnSession(moved.sessionId(), CardStatus.WAITING_AT_A_SESSION)) {
            events.publishEvent(new BookedSessionMoved(
                    card.getId(),
                    card.getStaff().getId(),
                    moved.sessionId(),
                    moved.startsAtBefore(),
                    moved.placeBefore(),
                    moved.at()));
        }
    }
}
