package uk.nhs.smartcardportal.cards;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.security.CurrentUser;

/** Loads cards only for the person they belong to; anyone else's id is "not found", and logged. */
@Component
public class OwnCards {

    private static final Logger log = LoggerFactory.getLogger(OwnCards.class);

    private final SmartcardRepository cards;
    private final CurrentUser currentUser;

    OwnCards(SmartcardRepository cards, CurrentUser currentUser) {
        this.cards = cards;
        this.currentUser = currentUser;
    }

    /** The card, if it is the signed-in person's own. */
    public Smartcard card(long cardId) {
        long me = currentUser.requireStaffId();
        Smartcard card = cards.findById(cardId).orElseThrow(() -> new RecordNotFoundException("The card"));
        if (card.getStaff().getId() != me) {
            log.warn("Refused: staff {} asked for card {} of another person", me, cardId);
            throw new RecordNotFoundException("The card");
        }
        return card;
    }
}
