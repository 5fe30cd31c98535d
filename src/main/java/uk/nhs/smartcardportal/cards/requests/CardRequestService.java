package uk.nhs.smartcardportal.cards.requests;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.InputProblems;
import uk.nhs.smartcardportal.base.InputText;
import uk.nhs.smartcardportal.base.LikePattern;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardLifecycle;
import uk.nhs.smartcardportal.cards.CardRequest;
import uk.nhs.smartcardportal.cards.CardRequestRepository;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.RequestStatus;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.cards.SmartcardRepository;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.PortalUser;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.staff.SmartcardNeed;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;

/** Asking for a card for someone: their manager, Recruitment or the Workforce Systems Team. */
@Service
@PreAuthorize(Roles.IS_MANAGER_RECRUITMENT_OR_WORKFORCE)
public class CardRequestService {

    private static final Logger log = LoggerFactory.getLogger(CardRequestService.class);

    private final CardRequestRepository requests;
    private final SmartcardRepository cards;
    private final TeamRepository teamCards;
    private final StaffService staff;
    private final CardLifecycle lifecycle;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CardRequestService(
            TeamRepository teamCards,
            CardRequestRepository requests,
            SmartcardRepository cards,
            StaffService staff,
            CardLifecycle lifecycle,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock) {
        this.teamCards = teamCards;
        this.requests = requests;
        this.cards = cards;
        this.staff = staff;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records that the person needs a card and creates it, waiting to be printed. Returns the card's id. */
    @Transactional
    public long requestCard(long staffId, RequestReason reason, String reasonText, RequestOrigin origin) {
        PortalUser me = currentUser.require();
        // locked, so that two requests for one person at once are decided one after the other
        Staff person = staff.lockForChange(staffId).orElseThrow(() -> new RecordNotFoundException("The person"));
        requireMayDecideFor(person, me);
        String text = checkedReason(origin == null ? null : reason, reasonText);
        boolean hasActiveCard = cards.findByStaffNewestFirst(staffId).stream()
                .anyMatch(card -> !card.getStatus().willNeverBeCollected());
        if (hasActiveCard) {
            throw new RuleViolationException(person.getFullName() + " already has a card on its way or in use.");
        }
        CardRequest request = requests.save(
                new CardRequest(person, reason, text, origin, me.staffId(), me.displayName(), clock.instant()));
        staff.recordSmartcardNeed(staffId, SmartcardNeed.NEEDED);
        audit.record(
                "CARD_REQUEST_CREATED",
                "CardRequest",
                request.getId(),
                null,
                Map.of("staffId", staffId, "reason", reason.name(), "origin", origin.name()));
        try {
            return lifecycle.create(request).getId();
        } catch (DataIntegrityViolationException twoLiveCards) {
            // the database's one-live-card rule (migration 025), should a request get past the lock
            throw new RuleViolationException(person.getFullName() + " already has a card on its way or in use.");
        }
    }

    /** Records that the person's role does not need a card. Refused while they have a card on its way. */
    @Transactional
    public void recordNoCardNeeded(long staffId) {
        PortalUser me = currentUser.require();
        Staff person = staff.find(staffId).orElseThrow(() -> new RecordNotFoundException("The person"));
        requireMayDecideFor(person, me);
        if (cards.findByStaffNewestFirst(staffId).stream()
                .anyMatch(card -> card.getStatus() == CardStatus.REQUESTED
                        || card.getStatus().isAwaitingCollection())) {
            throw new RuleViolationException(person.getFullName() + " has a card on its way. Withdraw the request "
                    + "first if it is no longer needed.");
        }
        staff.recordSmartcardNeed(staffId, SmartcardNeed.NOT_NEEDED);
    }

    /** Withdraws a request before the card is printed; the card is cancelled. */
    @Transactional
    public void withdraw(long cardId, long expectedVersion) {
        PortalUser me = currentUser.require();
        Smartcard card = cards.findById(cardId).orElseThrow(() -> new RecordNotFoundException("The card"));
        requireMayDecideFor(card.getStaff(), me);
        if (card.getStatus() != CardStatus.REQUESTED) {
            throw new RuleViolationException("The card has already been printed, so the request can no longer be "
                    + "withdrawn. Ask Recruitment to cancel the card instead.");
        }
        lifecycle.move(
                card,
                expectedVersion,
                CardStatus.CANCELLED,
                card.getCustody(),
                "Request withdrawn by " + me.displayName());
        card.getRequest().decide(RequestStatus.WITHDRAWN, me.displayName(), null, clock.instant());
        audit.record(
                "CARD_REQUEST_WITHDRAWN",
                "CardRequest",
                card.getRequest().getId(),
                Map.of("status", RequestStatus.OPEN.name()),
                Map.of("status", RequestStatus.WITHDRAWN.name()));
    }

    /** Of the given people, those with a card that is neither cancelled, destroyed nor lost. */
    @PreAuthorize(Roles.IS_RECRUITMENT_OR_WORKFORCE)
    @Transactional(readOnly = true)
    public Set<Long> staffWithActiveCard(Collection<Long> staffIds) {
        Set<Long> found = new HashSet<>();
        List<Long> all = List.copyOf(staffIds);
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(teamCards.staffWithActiveCard(all.subList(from, Math.min(all.size(), from + 1000))));
        }
        return found;
    }

    /** The signed-in manager's team and incoming starters, with each person's newest card. */
    @PreAuthorize(Roles.IS_MANAGER)
    @Transactional(readOnly = true)
    public List<TeamMemberRow> team(TeamFilter filter, Pageable pageable) {
        long managerId = currentUser.requireStaffId();
        return teamCards.team(
                managerId,
                teamCards.joining(managerId),
                LikePattern.containing(filter.person()),
                filter.decisionNeededOnly(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    @PreAuthorize(Roles.IS_MANAGER)
    @Transactional(readOnly = true)
    public long countTeam(TeamFilter filter) {
        long managerId = currentUser.requireStaffId();
        return teamCards.countTeam(
                managerId,
                teamCards.joining(managerId),
                LikePattern.containing(filter.person()),
                filter.decisionNeededOnly());
    }

    /**
     * Refuses a missing reason, or "Other" without words, field by field; returns the reason's words, tidied.
     * Shared with a person's own ask for a card.
     */
    static String checkedReason(RequestReason reason, String reasonText) {
        InputProblems problems = new InputProblems();
        if (reason == null) {
            problems.add(CardRequest.REASON, "Choose why the role needs a Smartcard.");
        }
        String text = problems.check(
                CardRequest.REASON_TEXT,
                () -> InputText.optional(reasonText, CardRequest.REASON_TEXT_MAX, "The reason"));
        if (reason == RequestReason.OTHER && text == null && !problems.has(CardRequest.REASON_TEXT)) {
            problems.add(CardRequest.REASON_TEXT, "Say why the role needs a Smartcard.");
        }
        problems.throwIfAny();
        return text;
    }

    /** Managers decide for their own team; Recruitment and the Workforce Systems Team for anyone. */
    private static void requireMayDecideFor(Staff person, PortalUser me) {
        if (me.hasRole(Role.WORKFORCE) || me.hasRole(Role.RECRUITMENT)) {
            return;
        }
        if (person.getLineManager() == null || !person.getLineManager().getId().equals(me.staffId())) {
            log.warn("Refused: staff {} acted on staff {} outside their team", me.staffId(), person.getId());
            throw new RecordNotFoundException("The person");
        }
    }
}
