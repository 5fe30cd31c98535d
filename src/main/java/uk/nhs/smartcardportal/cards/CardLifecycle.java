package uk.nhs.smartcardportal.cards;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.ConcurrentChangeException;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.base.VersionCheck;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.PortalUser;
import uk.nhs.smartcardportal.sessions.CollectionSession;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.staff.Staff;

/**
 * The only way a card changes status or custody. Each move is checked against {@link CardStatus}, stamped with
 * the time and the person, kept in the card's history, written to the audit trail and published as a
 * {@link CardStatusChanged} event, all inside the caller's transaction. Feature services check roles and
 * ownership before calling it.
 */
@Component
public class CardLifecycle {

    private final SmartcardRepository cards;
    private final CardRequestRepository requests;
    private final CardTransitionRepository transitions;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    CardLifecycle(
            SmartcardRepository cards,
            CardRequestRepository requests,
            CardTransitionRepository transitions,
            AuditService audit,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock) {
        this.cards = cards;
        this.requests = requests;
        this.transitions = transitions;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new card for a request, waiting to be printed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Smartcard create(CardRequest request) {
        return create(request, null);
    }

    /** A new card for a request; {@code replaces} is the lost or damaged card it replaces, if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Smartcard create(CardRequest request, Smartcard replaces) {
        Instant now = clock.instant();
        Smartcard fresh = new Smartcard(request, now);
        fresh.setReplaces(replaces);
        Smartcard card = cards.saveAndFlush(fresh);
        record(card, null, replaces == null ? "Card requested" : "Reprint of card " + replaces.getSerial());
        audit.record(
                "CARD_REQUESTED",
                "Smartcard",
                card.getId(),
                null,
                Map.of(
                        "status",
                        CardStatus.REQUESTED.name(),
                        "staffId",
                        card.getStaff().getId()));
        publish(card, null, now);
        return card;
    }

    /**
     * A card its holder had before the portal: a request and a card, recorded as collected and with them, with its
     * number, the day it was issued and the certificate expiry if known. Nobody is told: nothing happened to the card.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Smartcard recordHeld(
            Staff holder, String serial, LocalDate issuedOn, @Nullable LocalDate certificateExpiresOn) {
        if (serial == null || !serial.matches(Smartcard.SERIAL_PATTERN)) {
            throw new RuleViolationException(Smartcard.describeBadSerial(serial));
        }
        if (cards.findBySerial(serial).isPresent()) {
            throw new RuleViolationException("Card number " + serial + " is already recorded for another card.");
        }
        Instant now = clock.instant();
        PortalUser actor = currentUser.get().orElse(null);
        CardRequest request = new CardRequest(
                holder,
                RequestReason.OTHER,
                "Held before the portal",
                RequestOrigin.HELD_BEFORE,
                actor == null ? null : actor.staffId(),
                actor == null ? "System" : actor.displayName(),
                now);
        request.setStatus(RequestStatus.PRINTED);
        requests.save(request);
        holder.setSmartcardNeed(uk.nhs.smartcardportal.staff.SmartcardNeed.NEEDED);
        Smartcard fresh = new Smartcard(request, now);
        fresh.heldBeforeThePortal(serial, issuedOn, certificateExpiresOn);
        fresh.moveTo(CardStatus.COLLECTED, Custody.withHolder(), now);
        Smartcard card = cards.saveAndFlush(fresh);
        record(card, null, "Held before the portal: issued " + issuedOn);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", CardStatus.COLLECTED.name());
        after.put("staffId", holder.getId());
        after.put("serial", serial);
        after.put("issuedOn", issuedOn.toString());
        after.put("certificateExpiresOn", certificateExpiresOn == null ? "" : certificateExpiresOn.toString());
        audit.record("CARD_HOLDER_IMPORTED", "Smartcard", card.getId(), null, after);
        return card;
    }

    /** What becomes of a collected card whose holder leaves, or came back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordLeaverOutcome(Smartcard card, LeaverOutcome outcome) {
        LeaverOutcome before = card.getLeaverOutcome();
        card.setLeaverOutcome(outcome);
        VersionCheck.saveAndFlush(cards, card, "card");
        record(card, card.getStatus(), outcome.label());
        audit.record(
                "CARD_LEAVER_OUTCOME",
                "Smartcard",
                card.getId(),
                before == null ? null : Map.of("leaverOutcome", before.name()),
                Map.of("leaverOutcome", outcome.name()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void print(Smartcard card, long expectedVersion, String serial, Site collectionSite) {
        if (serial == null || !serial.matches(Smartcard.SERIAL_PATTERN)) {
            throw new RuleViolationException(Smartcard.describeBadSerial(serial));
        }
        cards.findBySerial(serial)
                .filter(other -> !other.getId().equals(card.getId()))
                .ifPresent(other -> {
                    throw new RuleViolationException(
                            "Card number " + serial + " is already recorded for another card.");
                });
        card.setSerial(serial);
        card.setCollectionSite(collectionSite);
        move(
                card,
                expectedVersion,
                CardStatus.PRINTED,
                Custody.withRecruitment(),
                "Printed; with Recruitment until the Workforce Systems Team receives it");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void allocate(Smartcard card, long expectedVersion, CollectionSession session) {
        card.setSession(session);
        move(card, expectedVersion, CardStatus.ALLOCATED, card.getCustody(), "Booked onto a collection session");
    }

    /** Takes a card off its session; it stays in the store. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(Smartcard card, long expectedVersion, String why) {
        card.setSession(null);
        move(card, expectedVersion, CardStatus.IN_STORE, card.getCustody(), why);
    }

    /**
     * Moves a card to its next status and custody.
     *
     * @throws ConcurrentChangeException when someone else changed the card since the caller read it
     * @throws RuleViolationException    when the lifecycle does not allow the move
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void move(Smartcard card, long expectedVersion, CardStatus next, Custody custody, String note) {
        requireVersion(card, expectedVersion);
        CardStatus from = card.getStatus();
        if (!from.canMoveTo(next)) {
            throw new RuleViolationException("A card that is " + from.label().toLowerCase() + " cannot become "
                    + next.label().toLowerCase() + ".");
        }
        Custody before = card.getCustody();
        Instant now = clock.instant();
        if (next.willNeverBeCollected()) {
            // a card that will never be handed over is on no session
            card.setSession(null);
        }
        card.moveTo(next, custody, now);
        VersionCheck.saveAndFlush(cards, card, "card");
        record(card, from, note);
        audit.record("CARD_" + next.name(), "Smartcard", card.getId(), describe(from, before), describe(next, custody));
        publish(card, from, now);
    }

    /** How many times the card was not collected at a session it was taken to. */
    @Transactional(readOnly = true)
    public long timesNotCollected(long cardId) {
        return transitions.countByCardIdAndToStatus(cardId, CardStatus.NOT_COLLECTED);
    }

    /** The card is to be collected at another site (an approved site change). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeCollectionSite(Smartcard card, Site site) {
        card.setCollectionSite(site);
    }

    /** Moves a card to another place without changing its status, such as the General Office intake. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveCustody(Smartcard card, long expectedVersion, Custody custody, String note) {
        requireVersion(card, expectedVersion);
        Custody before = card.getCustody();
        card.moveTo(card.getStatus(), custody, clock.instant());
        VersionCheck.saveAndFlush(cards, card, "card");
        record(card, card.getStatus(), note);
        audit.record(
                "CARD_CUSTODY_MOVED",
                "Smartcard",
                card.getId(),
                describe(card.getStatus(), before),
                describe(card.getStatus(), custody));
    }

    /** @throws ConcurrentChangeException when the card changed since the caller read it at that version */
    void requireVersion(Smartcard card, long expectedVersion) {
        VersionCheck.require(card.getVersion(), expectedVersion, () -> changedMeanwhile(card));
    }

    /** The refusal for a stale version, naming whether the change that got there first was this person's own. */
    private ConcurrentChangeException changedMeanwhile(Smartcard card) {
        Long me = currentUser.get().map(PortalUser::staffId).orElse(null);
        return transitions
                .findFirstByCardIdOrderByIdDesc(card.getId())
                .filter(last -> last.getActorStaffId() != null && me != null)
                .map(last -> ConcurrentChangeException.changedBy(
                        "card", last.getActorStaffId().equals(me)))
                .orElseGet(() -> new ConcurrentChangeException("card"));
    }

    private void record(Smartcard card, CardStatus from, String note) {
        PortalUser actor = currentUser.get().orElse(null);
        transitions.save(new CardTransition(
                card.getId(),
                from,
                card.getStatus(),
                card.getStatusChangedAt(),
                actor == null ? null : actor.staffId(),
                actor == null ? "System" : actor.displayName(),
                card.getCustody(),
                note));
    }

    private void publish(Smartcard card, CardStatus from, Instant at) {
        events.publishEvent(new CardStatusChanged(
                card.getId(),
                card.getStaff().getId(),
                from,
                card.getStatus(),
                card.getCollectionSite() == null
                        ? null
                        : card.getCollectionSite().getId(),
                card.getSession() == null ? null : card.getSession().getId(),
                at));
    }

    private static Map<String, Object> describe(CardStatus status, Custody custody) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", status.name());
        values.put("custody", custody.kind().name());
        if (custody.siteId() != null) {
            values.put("custodySiteId", custody.siteId());
        }
        if (custody.sessionId() != null) {
            values.put("custodySessionId", custody.sessionId());
        }
        return values;
    }
}
