package uk.nhs.smartcardportal.cards;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.sessions.CollectionSession;
import uk.nhs.smartcardportal.sessions.SessionLookup;
import uk.nhs.smartcardportal.sessions.SessionStatus;

/**
 * Booking a card onto a collection session, by the Workforce Systems Team or by its holder: always at the card's
 * collection site, before the session starts, and never beyond the session's capacity (the session row is locked).
 */
@Service
public class CardBookingService {

    private final SmartcardRepository cards;
    private final CardLifecycle lifecycle;
    private final SessionLookup sessions;
    private final Clock clock;

    CardBookingService(SmartcardRepository cards, CardLifecycle lifecycle, SessionLookup sessions, Clock clock) {
        this.cards = cards;
        this.lifecycle = lifecycle;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Books a card onto a session at its collection site, never beyond the session's capacity. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void allocate(long cardId, long expectedVersion, long sessionId) {
        sessions.lockForAllocation(sessionId).orElseThrow(() -> new RecordNotFoundException("The session"));
        bookOnto(load(cardId), expectedVersion, sessionId);
    }

    /** Books the card onto the session, moving it off any other session first; callers check who may. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void bookOnto(Smartcard card, long expectedVersion, long sessionId) {
        lifecycle.requireVersion(card, expectedVersion);
        CollectionSession session =
                sessions.lockForAllocation(sessionId).orElseThrow(() -> new RecordNotFoundException("The session"));
        if (session.getStatus() != SessionStatus.SCHEDULED
                || !session.getStartsAt().isAfter(clock.instant())) {
            throw new RuleViolationException("Cards can only be booked onto sessions that have not started.");
        }
        if (card.getCollectionSite() == null
                || !card.getCollectionSite().getId().equals(session.getSite().getId())) {
            throw new RuleViolationException("This card is to be collected at another site.");
        }
        if (cards.countBookedOnto(sessionId) >= session.getCapacity()) {
            throw new RuleViolationException("This session is full (" + session.getCapacity()
                    + (session.getCapacity() == 1 ? " card" : " cards") + "). Choose another session.");
        }
        long version = expectedVersion;
        if (card.getStatus() == CardStatus.ALLOCATED) {
            if (card.getSession() != null && card.getSession().getId() == sessionId) {
                throw new RuleViolationException("The card is already booked onto this session.");
            }
            lifecycle.release(card, version, "Moved to another session");
            version = card.getVersion();
        }
        lifecycle.allocate(card, version, session);
    }

    private Smartcard load(long cardId) {
        return cards.findById(cardId).orElseThrow(() -> new RecordNotFoundException("The card"));
    }
}
