package uk.nhs.smartcardportal.cards.requests;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.Decision;
import uk.nhs.smartcardportal.base.InputProblems;
import uk.nhs.smartcardportal.base.InputText;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.cards.SmartcardRepository;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.PortalUser;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * A person whose role has changed asks for a card from My smartcard; it goes to their line manager, who confirms it
 * (the card joins Recruitment's print queue) or declines it, saying why. Refused where a card makes no sense: one is
 * on its way or in use, an ask is already open, or no manager is on record to confirm it.
 */
@Service
public class CardAskService {

    public static final String NOTE = "note";

    private final CardAskRepository asks;
    private final SmartcardRepository cards;
    private final CardRequestService requests;
    private final StaffService staff;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final PortalProperties portal;
    private final Clock clock;

    CardAskService(
            CardAskRepository asks,
            SmartcardRepository cards,
            CardRequestService requests,
            StaffService staff,
            AuditService audit,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            PortalProperties portal,
            Clock clock) {
        this.asks = asks;
        this.cards = cards;
        this.requests = requests;
        this.staff = staff;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.portal = portal;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public Optional<MyCardAsk> myOpenAsk() {
        return asks.findFirstByStaffIdAndStatus(currentUser.requireStaffId(), CardAskStatus.OPEN)
                .map(ask -> new MyCardAsk(
                        ask.getId(),
                        ask.getReason(),
                        ask.getAskedAt(),
                        staff.find(ask.getManagerStaffId())
                                .map(Staff::getFullName)
                                .orElse("your manager")));
    }

    /** The signed-in person asks for a card; returns the ask's id. Audited, and their manager is e-mailed. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public long askForMyCard(RequestReason reason, String reasonText) {
        long me = currentUser.requireStaffId();
        Staff person = staff.lockForChange(me).orElseThrow(() -> new RecordNotFoundException("Your staff record"));
        String text = CardRequestService.checkedReason(reason, reasonText);
        refuseWhileACardIsLive(me);
        asks.findFirstByStaffIdAndStatus(me, CardAskStatus.OPEN).ifPresent(open -> {
            throw new RuleViolationException("You asked for a card on " + UkTime.dateTime(open.getAskedAt())
                    + ". It is waiting for your manager to confirm it.");
        });
        Staff manager = person.getLineManager();
        if (manager == null || manager.hasEnded()) {
            throw new RuleViolationException("Your staff record names no manager to confirm a card. Ask the "
                    + portal.supportTeam() + " (" + portal.supportEmail() + ") to record your manager.");
        }
        CardAsk ask = asks.save(new CardAsk(person, manager.getId(), reason, text, clock.instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", CardAskStatus.OPEN.name());
        after.put("reason", reason.name());
        after.put("managerStaffId", manager.getId());
        audit.record("CARD_ASKED", "CardAsk", ask.getId(), null, after);
        events.publishEvent(new CardAsked(ask.getId(), me, manager.getId()));
        return ask.getId();
    }

    /** The person takes back their open ask. Audited. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void withdrawMyAsk(long askId) {
        PortalUser me = currentUser.require();
        CardAsk ask = asks.findById(askId)
                .filter(found -> found.getStaff().getId().equals(me.staffId()))
                .filter(found -> found.getStatus() == CardAskStatus.OPEN)
                .orElseThrow(() -> new RecordNotFoundException("Your request"));
        ask.withdraw(me.displayName(), clock.instant());
        audit.record(
                "CARD_ASK_WITHDRAWN",
                "CardAsk",
                askId,
                Map.of("status", CardAskStatus.OPEN.name()),
                Map.of("status", CardAskStatus.WITHDRAWN.name()));
    }

    /** The open asks of the signed-in manager's team, oldest first. */
    @PreAuthorize(Roles.IS_MANAGER)
    @Transactional(readOnly = true)
    public List<CardAskRow> myTeamsAsks(Pageable page) {
        return asks.openForTeam(currentUser.requireStaffId(), PageRequest.of(page.getPageNumber(), page.getPageSize()));
    }

    @PreAuthorize(Roles.IS_MANAGER)
    @Transactional(readOnly = true)
    public long countMyTeamsAsks() {
        return asks.countOpenForTeam(currentUser.requireStaffId());
    }

    /** The manager confirms: the card is asked for and joins the print queue. Returns the card's id. */
    @PreAuthorize(Roles.IS_MANAGER)
    @Transactional
    public long confirm(long askId) {
        PortalUser me = currentUser.require();
        CardAsk ask = openAskOfMyTeam(askId, me);
        long cardId = requests.requestCard(
                ask.getStaff().getId(), ask.getReason(), ask.getReasonText(), RequestOrigin.ASKED_BY_HOLDER);
        ask.confirm(cardId, me.displayName(), clock.instant());
        audit.record(
                "CARD_ASK_CONFIRMED",
                "CardAsk",
                askId,
                Map.of("status", CardAskStatus.OPEN.name()),
                Map.of("status", CardAskStatus.CONFIRMED.name(), "cardId", cardId));
        events.publishEvent(new CardAskDecided(askId, ask.getStaff().getId(), true, me.displayName(), null));
        return cardId;
    }

    /** The manager declines, saying why; the person is told. */
    @PreAuthorize(Roles.IS_MANAGER)
    @Transactional
    public void decline(long askId, String note) {
        PortalUser me = currentUser.require();
        InputProblems problems = new InputProblems();
        String why = problems.check(NOTE, () -> InputText.optional(note, Decision.NOTE_MAX, "The reason"));
        if (why == null && !problems.has(NOTE)) {
            problems.add(NOTE, "Say why the role does not need a card: we tell the person.");
        }
        problems.throwIfAny();
        CardAsk ask = openAskOfMyTeam(askId, me);
        ask.decline(me.displayName(), why, clock.instant());
        audit.record(
                "CARD_ASK_DECLINED",
                "CardAsk",
                askId,
                Map.of("status", CardAskStatus.OPEN.name()),
                Map.of("status", CardAskStatus.DECLINED.name()));
        events.publishEvent(new CardAskDecided(askId, ask.getStaff().getId(), false, me.displayName(), why));
    }

    /** Only the person's line manager now, and only while the ask is open; otherwise, as if there were none. */
    private CardAsk openAskOfMyTeam(long askId, PortalUser me) {
        CardAsk ask = asks.findById(askId).orElseThrow(() -> new RecordNotFoundException("The request"));
        Staff person = staff.lockForChange(ask.getStaff().getId())
                .orElseThrow(() -> new RecordNotFoundException("The request"));
        if (person.getLineManager() == null
                || !person.getLineManager().getId().equals(me.staffId())
                || person.hasEnded()) {
            throw new RecordNotFoundException("The request");
        }
        if (ask.getStatus() != CardAskStatus.OPEN) {
            throw new RuleViolationException(
                    "This request has already been " + ask.getStatus().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return ask;
    }

    private void refuseWhileACardIsLive(long staffId) {
        for (Smartcard card : cards.findByStaffNewestFirst(staffId)) {
            CardStatus status = card.getStatus();
            if (status == CardStatus.COLLECTED) {
                throw new RuleViolationException("You already have a Smartcard, and it stays yours in your new "
                        + "role: your manager asks the " + portal.supportTeam() + " to change what it lets you "
                        + "use. If it is lost or stolen, report that on this page.");
            }
            if (status.isAwaitingCollection()) {
                throw new RuleViolationException(
                        "A card is already on its way to you, so there is no need to " + "ask for another.");
            }
        }
    }
}
