package uk.nhs.smartcardportal.cards.mine;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardBookingService;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.OwnCards;
import uk.nhs.smartcardportal.cards.Smartcard;

/** Where the trust allows it, a starter books their own collection session, or moves to another, at their site. */
@Service
public class SessionChoiceService {

    private static final Set<CardStatus> BOOKABLE =
            EnumSet.of(CardStatus.IN_STORE, CardStatus.NOT_COLLECTED, CardStatus.ALLOCATED);

    private final OwnCards ownCards;
    private final CardBookingService bookings;
    private final PortalProperties portal;

    SessionChoiceService(OwnCards ownCards, CardBookingService bookings, PortalProperties portal) {
        this.ownCards = ownCards;
        this.bookings = bookings;
        this.portal = portal;
    }

    /** Whether a card in this state may be booked by its holder. */
    public boolean mayChoose(CardStatus status) {
        return portal.startersChooseSession() && BOOKABLE.contains(status);
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void choose(long cardId, long expectedVersion, long sessionId) {
        Smartcard card = ownCards.card(cardId);
        if (!portal.startersChooseSession()) {
            throw new RuleViolationException(
                    "The " + portal.supportTeam() + " books collection sessions. Contact " + "them to change yours.");
        }
        if (!BOOKABLE.contains(card.getStatus())) {
            throw new RuleViolationException("Your card cannot be booked onto a session now: it is "
                    + card.getStatus().label().toLowerCase() + ".");
        }
        bookings.bookOnto(card, expectedVersion, sessionId);
    }
}
