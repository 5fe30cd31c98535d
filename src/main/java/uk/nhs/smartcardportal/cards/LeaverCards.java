package uk.nhs.smartcardportal.cards;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.staff.Staff;

/**
 * Settles the cards of a person who has left: requests are withdrawn, a card not yet collected is cancelled where it
 * is (its booking released), and a collected card is marked kept, when they move to another NHS organisation, or to
 * be returned ({@link #settle}, inside the leavers job's transaction, which has checked that the day has come). The
 * Workforce Systems Team then works the list of cards to recover.
 */
@Service
public class LeaverCards {

    private final SmartcardRepository cards;
    private final CardLifecycle lifecycle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeaverCards(SmartcardRepository cards, CardLifecycle lifecycle, ApplicationEventPublisher events, Clock clock) {
        this.cards = cards;
        this.lifecycle = lifecycle;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public LeaverCardsSettled settle(Staff leaver) {
        String why = "Holder left the trust on " + leaver.getLeavingDate();
        int cancelled = 0;
        LeaverOutcome outcome = null;
        List<Smartcard> held = cards.findByStaffNewestFirst(leaver.getId());
        for (Smartcard card : held) {
            CardStatus status = card.getStatus();
            if (status == CardStatus.AT_SESSION) {
                lifecycle.move(card, card.getVersion(), CardStatus.NOT_COLLECTED, card.getCustody(), why);
                status = CardStatus.NOT_COLLECTED;
            }
            if (status.isAwaitingCollection()) {
                lifecycle.move(card, card.getVersion(), CardStatus.CANCELLED, card.getCustody(), why);
                if (card.getRequest().getStatus() == RequestStatus.OPEN) {
                    card.getRequest().decide(RequestStatus.WITHDRAWN, "Staff list", why, clock.instant());
                }
                cancelled++;
            } else if (status == CardStatus.COLLECTED && card.getLeaverOutcome() == null) {
                outcome = leaver.getLeavingTo() == null ? LeaverOutcome.TO_BE_RETURNED : LeaverOutcome.KEPT;
                lifecycle.recordLeaverOutcome(card, outcome);
            }
        }
        LeaverCardsSettled settled = new LeaverCardsSettled(leaver.getId(), cancelled, outcome);
        if (cancelled > 0 || outcome != null) {
            events.publishEvent(settled);
        }
        return settled;
    }

    /** Collected cards of leavers that should come back, longest gone first. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<CardToRecover> toRecover(Pageable pageable) {
        return cards.toRecover(pageable);
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public long countToRecover() {
        return cards.countToRecover();
    }

    /** The card came back: it is destroyed, with the store's record of it. Audited. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void recordReturned(long cardId, long expectedVersion) {
        Smartcard card = toRecover(cardId);
        lifecycle.move(card, expectedVersion, CardStatus.DESTROYED, Custody.gone(), "Returned by a leaver; destroyed");
        lifecycle.recordLeaverOutcome(card, LeaverOutcome.RETURNED);
    }

    /** The leaver moves to another NHS organisation after all, so keeps the card. Audited. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void recordKept(long cardId, long expectedVersion) {
        Smartcard card = toRecover(cardId);
        lifecycle.requireVersion(card, expectedVersion);
        lifecycle.recordLeaverOutcome(card, LeaverOutcome.KEPT);
    }

    private Smartcard toRecover(long cardId) {
        Smartcard card = cards.findById(cardId).orElseThrow(() -> new RecordNotFoundException("The card"));
        if (card.getLeaverOutcome() != LeaverOutcome.TO_BE_RETURNED) {
            throw new RuleViolationException("This card is not waiting to be returned.");
        }
        return card;
    }
}
