package uk.nhs.smartcardportal.cards;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.security.CurrentUser;

/** Loads cards and requests only for the person they belong to; anyone else's id is "not found", and logged. */
@Component
class OwnCards {

    private static final Logger log = LoggerFactory.getLogger(OwnCards.class);

    private final SmartcardRepository cards;
    private final SiteChangeRequestRepository siteChanges;
    private final CurrentUser currentUser;

    OwnCards(SmartcardRepository cards, SiteChangeRequestRepository siteChanges, CurrentUser currentUser) {
        this.cards = cards;
        this.siteChanges = siteChanges;
        this.currentUser = currentUser;
    }

    Smartcard card(long cardId) {
        long me = currentUser.requireStaffId();
        Smartcard card = cards.findById(cardId).orElseThrow(() -> new RecordNotFoundException("The card"));
        if (card.getStaff().getId() != me) {
            log.warn("Refused: staff {} asked for card {} of another person", me, cardId);
            throw new RecordNotFoundException("The card");
        }
        return card;
    }

    SiteChangeRequest siteChange(long requestId) {
        long me = currentUser.requireStaffId();
        SiteChangeRequest request = siteChanges.findById(requestId)
                .orElseThrow(() -> new RecordNotFoundException("The request"));
        if (request.getStaff().getId() != me) {
            log.warn("Refused: staff {} asked for site change request {} of another person", me, requestId);
            throw new RecordNotFoundException("The request");
        }
        return request;
    }
}
