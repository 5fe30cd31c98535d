package uk.nhs.smartcardportal.cards.mine;

import java.time.Clock;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardLifecycle;
import uk.nhs.smartcardportal.cards.CardRequest;
import uk.nhs.smartcardportal.cards.CardRequestRepository;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.Custody;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.cards.SmartcardRepository;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.PortalUser;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * A holder reports their own card lost or stolen: it is recorded as lost at once, and a new card joins Recruitment's
 * print queue in its place. Only the holder, only a card they have collected.
 */
@Service
@PreAuthorize(Roles.IS_STAFF)
public class LostCardService {

    private final SmartcardRepository cards;
    private final CardRequestRepository requests;
    private final CardLifecycle lifecycle;
    private final StaffService staff;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    LostCardService(
            SmartcardRepository cards,
            CardRequestRepository requests,
            CardLifecycle lifecycle,
            StaffService staff,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.cards = cards;
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.staff = staff;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the signed-in person's collected card as lost (or stolen) and asks for a new one.
     *
     * @return the new card's id
     */
    @Transactional
    public long reportLost(long cardId, long expectedVersion, boolean stolen) {
        PortalUser me = currentUser.require();
        long holder = currentUser.requireStaffId();
        staff.lockForChange(holder);
        Smartcard card = cards.findById(cardId)
                .filter(found -> found.getStaff().getId() == holder)
                .orElseThrow(() -> new RecordNotFoundException("card"));
        if (card.getStatus().isAwaitingCollection()) {
            throw new RuleViolationException("This card has not reached you yet, so it cannot be reported lost. If "
                    + "you think it has gone missing on its way, contact the Workforce Systems Team.");
        }
        if (card.getStatus() != CardStatus.COLLECTED) {
            throw new RuleViolationException("This card is no longer in use, so there is nothing to report.");
        }
        if (cards.findByStaffNewestFirst(holder).stream()
                .anyMatch(other ->
                        !other.getId().equals(cardId) && other.getStatus().isAwaitingCollection())) {
            throw new RuleViolationException("A new card is already on its way to you.");
        }
        String what = stolen ? "stolen" : "lost";
        lifecycle.move(
                card, expectedVersion, CardStatus.LOST, Custody.unknown(), "Reported " + what + " by the holder");
        CardRequest previous = card.getRequest();
        CardRequest request = requests.save(new CardRequest(
                card.getStaff(),
                previous.getReason(),
                previous.getReasonText(),
                RequestOrigin.LATER,
                me.staffId(),
                me.displayName(),
                clock.instant()));
        long replacement = lifecycle.create(request, card).getId();
        audit.record(
                "CARD_REPORTED_LOST",
                "Smartcard",
                cardId,
                Map.of("status", CardStatus.COLLECTED.name()),
                Map.of("status", CardStatus.LOST.name(), "stolen", stolen, "replacementCardId", replacement));
        return replacement;
    }
}
