package uk.nhs.smartcardportal.cards.custody;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.LikePattern;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardLifecycle;
import uk.nhs.smartcardportal.cards.CardRequest;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CardTotals;
import uk.nhs.smartcardportal.cards.CardTransition;
import uk.nhs.smartcardportal.cards.CardTransitionRepository;
import uk.nhs.smartcardportal.cards.Custody;
import uk.nhs.smartcardportal.cards.IssuedCardRow;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.cards.SmartcardRepository;
import uk.nhs.smartcardportal.sessions.SessionLookup;
import uk.nhs.smartcardportal.sites.SiteService;

/** "Where is card X now?": found by card number, name or employee number, with its whole custody history. */
@Service
public class CustodyService {

    private static final int FOUND_MAX = 20;
    public static final int EXPORT_MAX = 50_000;

    private final SmartcardRepository cards;
    private final CustodyRepository held;
    private final CardTotals totals;
    private final CardTransitionRepository transitions;
    private final SiteService sites;
    private final SessionLookup sessions;
    private final CardLifecycle lifecycle;
    private final AuditService audit;
    private final Clock clock;
    private final int followUpDays;

    CustodyService(
            CustodyRepository held,
            CardTotals totals,
            SmartcardRepository cards,
            CardTransitionRepository transitions,
            SiteService sites,
            SessionLookup sessions,
            CardLifecycle lifecycle,
            AuditService audit,
            Clock clock,
            CustodyProperties settings) {
        this.held = held;
        this.totals = totals;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.clock = clock;
        this.followUpDays = settings.uncollectedFollowUpDays();
        this.cards = cards;
        this.transitions = transitions;
        this.sites = sites;
        this.sessions = sessions;
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<IssuedCardRow> find(String text) {
        if (LikePattern.containing(text) == null) {
            return List.of();
        }
        return cards.issued(LikePattern.containing(text), PageRequest.of(0, FOUND_MAX));
    }

    /** Compares the cards counted at a location with the cards recorded there. Changes nothing. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public CardCount countCards(long siteId, String entered) {
        ScannedSerials.Reconciliation count = ScannedSerials.read(entered, ScannedSerials.AT_A_COUNT)
                .against(held.heldAt(siteId).stream().map(IntakeCard::of).toList());
        List<IntakeCard> misplaced = new ArrayList<>();
        List<UnknownSerial> unknown = new ArrayList<>();
        for (String serial : count.notHere()) {
            if (!ScannedSerials.Reconciliation.isCardNumber(serial)) {
                unknown.add(new UnknownSerial(serial, ScannedSerials.Reconciliation.NOT_A_CARD_NUMBER));
                continue;
            }
            cards.findBySerial(serial)
                    .filter(card -> !card.getStatus().isFinished())
                    .ifPresentOrElse(
                            card -> misplaced.add(IntakeCard.of(card)),
                            () -> unknown.add(new UnknownSerial(serial, "No card in custody has this number.")));
        }
        return new CardCount(siteId, count.found(), count.missing(), misplaced, unknown);
    }

    /**
     * Records a card count: cards found here though recorded elsewhere are moved into this location's custody; the
     * count, with the cards expected but not found, goes to the audit trail for follow-up.
     */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void recordCardCount(CardCount count) {
        String site = sites.find(count.siteId())
                .orElseThrow(() -> new RecordNotFoundException("The location"))
                .getName();
        boolean atTheStore = sites.store().getId().equals(count.siteId());
        for (IntakeCard entry : count.misplaced()) {
            Smartcard card = cards.findById(entry.cardId()).orElseThrow();
            if (atTheStore && card.getStatus() == CardStatus.PRINTED) {
                lifecycle.move(
                        card,
                        entry.cardVersion(),
                        CardStatus.IN_STORE,
                        Custody.atSite(count.siteId()),
                        "Found in the store at a stocktake: received");
            } else {
                lifecycle.moveCustody(
                        card,
                        entry.cardVersion(),
                        Custody.atSite(count.siteId()),
                        "Found at " + site + " at a stocktake");
            }
        }
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("location", site);
        summary.put("found", count.found().size());
        summary.put("missing", count.missing().stream().map(IntakeCard::serial).toList());
        summary.put(
                "movedHere", count.misplaced().stream().map(IntakeCard::serial).toList());
        summary.put(
                "unknown", count.unknown().stream().map(UnknownSerial::entered).toList());
        audit.record("STOCKTAKE_CARDS", "Site", count.siteId(), null, summary);
    }

    /** Printed cards the team holds, oldest printed first. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<CustodyRow> inCustody(CustodyFilter filter, org.springframework.data.domain.Pageable pageable) {
        return held.inCustody(
                filter.siteId(),
                filter.status(),
                printedBefore(filter),
                LikePattern.containing(filter.text()),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public long countInCustody(CustodyFilter filter) {
        String text = LikePattern.containing(filter.text());
        java.time.Instant printedBefore = printedBefore(filter);
        if (text == null && filter.siteId() == null && filter.status() == null && printedBefore == null) {
            return totals.heldByTrust();
        }
        return text == null
                ? held.countInCustodyUnsearched(filter.siteId(), filter.status(), printedBefore)
                : held.countInCustody(filter.siteId(), filter.status(), printedBefore, text);
    }

    /** The cards in custody matching the filter as CSV, up to {@link #EXPORT_MAX} rows. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public byte[] inCustodyCsv(CustodyFilter filter) {
        return CustodyCsv.write(
                held.inCustody(
                        filter.siteId(),
                        filter.status(),
                        printedBefore(filter),
                        LikePattern.containing(filter.text()),
                        PageRequest.of(0, EXPORT_MAX)),
                clock);
    }

    /** Whether an uncollected card has waited long enough since printing to follow up or destroy. */
    public boolean needsFollowUp(CustodyRow row) {
        return row.status().isAwaitingCollection()
                && row.printedAt() != null
                && row.printedAt().isBefore(clock.instant().minus(java.time.Duration.ofDays(followUpDays)));
    }

    public int followUpDays() {
        return followUpDays;
    }

    /** Destroys a card that will not be handed over, recording who and why. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void destroy(long cardId, long expectedVersion, String reason) {
        Smartcard card = cards.findById(cardId).orElseThrow(() -> new RecordNotFoundException("The card"));
        String why = uk.nhs.smartcardportal.base.InputText.optional(reason, CardRequest.NOTE_MAX, "The reason");
        if (why == null) {
            throw new uk.nhs.smartcardportal.base.RuleViolationException(
                    "Say why the card is destroyed: it is " + "kept with the card's history.");
        }
        lifecycle.move(card, expectedVersion, CardStatus.DESTROYED, Custody.gone(), "Destroyed: " + why);
    }

    private java.time.Instant printedBefore(CustodyFilter filter) {
        return filter.minimumAgeDays() == null
                ? null
                : clock.instant().minus(java.time.Duration.ofDays(filter.minimumAgeDays()));
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public CardWhereabouts whereIs(long cardId) {
        Smartcard card = cards.findById(cardId).orElseThrow(() -> new RecordNotFoundException("The card"));
        Describer describe = new Describer();
        List<CustodyStep> history = new ArrayList<>();
        String previous = describe.custody(Custody.notPrinted());
        for (CardTransition step : transitions.findByCardIdOrderByOccurredAtAscIdAsc(cardId)) {
            String now = describe.custody(step.getCustody());
            history.add(new CustodyStep(
                    step.getOccurredAt(),
                    step.getActorName(),
                    step.getFromStatus(),
                    step.getToStatus(),
                    previous,
                    now,
                    step.getNote()));
            previous = now;
        }
        return new CardWhereabouts(
                cardId,
                card.getVersion(),
                card.getSerial(),
                card.getStaff().getFullName(),
                card.getStaff().getEmployeeNumber(),
                card.getStatus(),
                describe.custody(card.getCustody()),
                card.getCollectionSite() == null
                        ? null
                        : card.getCollectionSite().getName(),
                card.getReplaces() == null ? null : card.getReplaces().getSerial(),
                history);
    }

    /** Custody in words; site and session names looked up once each. */
    private final class Describer {

        private final Map<Long, String> siteNames = new HashMap<>();
        private final Map<Long, String> sessionNames = new HashMap<>();

        String custody(Custody custody) {
            return switch (custody.kind()) {
                case NOT_PRINTED -> "Not printed yet";
                case RECRUITMENT -> CustodyRow.WITH_RECRUITMENT;
                case SITE ->
                    siteNames.computeIfAbsent(
                            custody.siteId(),
                            id -> sites.find(id).map(site -> site.getName()).orElse("Site " + id));
                case SESSION ->
                    sessionNames.computeIfAbsent(
                            custody.sessionId(),
                            id -> sessions.summary(id)
                                    .map(session -> "Session " + UkTime.span(session.startsAt(), session.endsAt())
                                            + ", " + session.siteName())
                                    .orElse("Session " + id));
                case HOLDER -> "With the holder";
                case GONE -> "Destroyed";
                case UNKNOWN -> "Unknown: lost";
            };
        }
    }
}
