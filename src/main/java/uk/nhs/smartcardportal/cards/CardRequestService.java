package uk.nhs.smartcardportal.cards;

import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.InputText;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.PortalUser;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;

/** Asking for a card for someone: their manager, Recruitment or the Workforce Systems Team. */
@Service
public class CardRequestService {

    private static final Logger log = LoggerFactory.getLogger(CardRequestService.class);

    private final CardRequestRepository requests;
    private final SmartcardRepository cards;
    private final StaffService staff;
    private final CardLifecycle lifecycle;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CardRequestService(CardRequestRepository requests, SmartcardRepository cards, StaffService staff,
            CardLifecycle lifecycle, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.requests = requests;
        this.cards = cards;
        this.staff = staff;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records that the person needs a card and creates it, waiting to be printed. Returns the card's id. */
    @PreAuthorize("hasAnyRole('MANAGER', 'RECRUITMENT', 'WORKFORCE')")
    @Transactional
    public long requestCard(long staffId, RequestReason reason, String reasonText, RequestOrigin origin) {
        PortalUser me = currentUser.require();
        Staff person = staff.find(staffId).orElseThrow(() -> new RecordNotFoundException("The person"));
        boolean mayAskForAnyone = me.hasRole(Role.WORKFORCE) || me.hasRole(Role.RECRUITMENT);
        if (!mayAskForAnyone && (person.getLineManager() == null
                || !person.getLineManager().getId().equals(me.staffId()))) {
            log.warn("Refused: staff {} asked for a card for staff {} outside their team", me.staffId(), staffId);
            throw new RecordNotFoundException("The person");
        }
        String text = InputText.optional(reasonText, CardRequest.REASON_TEXT_MAX, "The reason");
        if (reason == RequestReason.OTHER && text == null) {
            throw new RuleViolationException("Say why the role needs a Smartcard.");
        }
        boolean hasActiveCard = cards.findByStaffNewestFirst(staffId).stream()
                .anyMatch(card -> !card.getStatus().isFinished());
        if (hasActiveCard) {
            throw new RuleViolationException(person.getFullName() + " already has a card on its way or in use.");
        }
        CardRequest request = requests.save(new CardRequest(person, reason, text, origin, me.staffId(),
                me.displayName(), clock.instant()));
        audit.record("CARD_REQUEST_CREATED", "CardRequest", request.getId(), null,
                Map.of("staffId", staffId, "reason", reason.name(), "origin", origin.name()));
        return lifecycle.create(request).getId();
    }
}
