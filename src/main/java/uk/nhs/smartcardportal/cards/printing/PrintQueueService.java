package uk.nhs.smartcardportal.cards.printing;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
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
import uk.nhs.smartcardportal.cards.CardTotals;
import uk.nhs.smartcardportal.cards.Custody;
import uk.nhs.smartcardportal.cards.IssuedCardRow;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestStatus;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.cards.SmartcardRepository;
import uk.nhs.smartcardportal.cards.requests.CardRequestDecided;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.PortalUser;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteKind;
import uk.nhs.smartcardportal.sites.SiteService;

/**
 * Recruitment's print queue: cards asked for and not yet printed, recorded as printed in batches; requests declined;
 * printed cards cancelled or reprinted when lost or damaged.
 */
@Service
@PreAuthorize(Roles.IS_RECRUITMENT_OR_WORKFORCE)
public class PrintQueueService {

    public static final int BATCH_MAX = 200;
    /** The fields of a reprint, as refusals name them. */
    public static final String REPRINT_OUTCOME = "outcome";

    public static final String REPRINT_REASON = "reason";

    private final SmartcardRepository cards;
    private final CardTotals totals;
    private final PrintQueueRepository queue;
    private final CardRequestRepository requests;
    private final SiteService sites;
    private final CardLifecycle lifecycle;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    PrintQueueService(
            PrintQueueRepository queue,
            SmartcardRepository cards,
            CardTotals totals,
            CardRequestRepository requests,
            SiteService sites,
            CardLifecycle lifecycle,
            AuditService audit,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock) {
        this.queue = queue;
        this.cards = cards;
        this.totals = totals;
        this.requests = requests;
        this.sites = sites;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Cards waiting to be printed, oldest request first. */
    @Transactional(readOnly = true)
    public List<PrintQueueRow> queue(PrintQueueFilter filter, Pageable pageable) {
        return queue.printQueue(
                filter.startFrom(),
                filter.startTo(),
                filter.baseSiteId(),
                LikePattern.containing(filter.person()),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    @Transactional(readOnly = true)
    public long count(PrintQueueFilter filter) {
        String person = LikePattern.containing(filter.person());
        if (person == null && filter.startFrom() == null && filter.startTo() == null && filter.baseSiteId() == null) {
            return totals.inStatus(CardStatus.REQUESTED);
        }
        return queue.countPrintQueue(filter.startFrom(), filter.startTo(), filter.baseSiteId(), person);
    }

    /**
     * Records every card in the batch as printed, or none of them: each card's problem is reported against it.
     *
     * @throws PrintBatchRefusedException when any card cannot be recorded; nothing is saved
     */
    @Transactional
    public int printAll(List<PrintInstruction> batch) {
        if (batch.isEmpty()) {
            throw new RuleViolationException("Choose at least one card to record as printed.");
        }
        if (batch.size() > BATCH_MAX) {
            throw new RuleViolationException("Record at most " + BATCH_MAX + " cards at a time.");
        }
        Map<Long, String> problems = new LinkedHashMap<>();
        Set<String> serialsInBatch = new HashSet<>();
        for (PrintInstruction card : batch) {
            String serial = card.serial() == null ? "" : card.serial().strip();
            if (!serialsInBatch.add(serial) && !serial.isEmpty()) {
                problems.put(card.cardId(), "Card number " + serial + " is entered twice in this batch.");
                continue;
            }
            try {
                print(card.cardId(), card.cardVersion(), serial, card.collectionSiteId());
            } catch (RuleViolationException | RecordNotFoundException problem) {
                problems.put(card.cardId(), problem.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new PrintBatchRefusedException(problems);
        }
        return batch.size();
    }

    /** Records one card as printed, to be collected at the site; its holder is told. */
    @Transactional
    public void recordPrinted(long cardId, long expectedVersion, String serial, long collectionSiteId) {
        print(cardId, expectedVersion, serial, collectionSiteId);
    }

    private void print(long cardId, long expectedVersion, String serial, long collectionSiteId) {
        Smartcard card = load(cardId);
        Site site = sites.find(collectionSiteId).orElseThrow(() -> new RecordNotFoundException("The site"));
        if (!site.isActive() || site.getKind() != SiteKind.HOSPITAL) {
            throw new RuleViolationException(
                    site.getName() + " is not taking card collections. Choose another " + "site.");
        }
        lifecycle.print(card, expectedVersion, serial == null ? null : serial.strip(), site);
        card.getRequest().setStatus(RequestStatus.PRINTED);
    }

    /** Declines a request that will not be printed; the card is cancelled and the requester told why. */
    @Transactional
    public void decline(long cardId, long expectedVersion, String reason) {
        Smartcard card = load(cardId);
        String why = requiredReason(reason);
        if (card.getStatus() != CardStatus.REQUESTED) {
            throw new RuleViolationException("This card has already been printed. Cancel the card instead.");
        }
        PortalUser me = currentUser.require();
        lifecycle.move(card, expectedVersion, CardStatus.CANCELLED, card.getCustody(), "Request declined: " + why);
        decide(card.getRequest(), RequestStatus.DECLINED, me, why);
    }

    /** Cancels a card that will not be handed over; a printed card stays where it is until it is destroyed. */
    @Transactional
    public void cancel(long cardId, long expectedVersion, String reason) {
        Smartcard card = load(cardId);
        String why = requiredReason(reason);
        PortalUser me = currentUser.require();
        boolean printed = card.getStatus() != CardStatus.REQUESTED;
        lifecycle.move(card, expectedVersion, CardStatus.CANCELLED, card.getCustody(), "Cancelled: " + why);
        if (!printed) {
            decide(card.getRequest(), RequestStatus.DECLINED, me, why);
        }
    }

    /**
     * Replaces a lost or damaged card: the old card becomes LOST or DESTROYED and a new card, linked to it, joins the
     * print queue.
     *
     * @return the new card's id
     */
    @Transactional
    public long reprint(long cardId, long expectedVersion, CardStatus outcome, String reason) {
        InputProblems problems = new InputProblems();
        if (outcome != CardStatus.LOST && outcome != CardStatus.DESTROYED) {
            problems.add(REPRINT_OUTCOME, "Say whether the old card was lost or is being destroyed.");
        }
        String why = problems.check(REPRINT_REASON, () -> requiredReason(reason));
        problems.throwIfAny();
        Smartcard old = load(cardId);
        if (old.getSerial() == null) {
            throw new RuleViolationException("This card has not been printed yet, so there is nothing to reprint.");
        }
        long staffId = old.getStaff().getId();
        boolean anotherOnItsWay = cards.findByStaffNewestFirst(staffId).stream()
                .anyMatch(other ->
                        !other.getId().equals(cardId) && other.getStatus().isAwaitingCollection());
        if (anotherOnItsWay) {
            throw new RuleViolationException(old.getStaff().getFullName() + " already has another card on its way.");
        }
        PortalUser me = currentUser.require();
        lifecycle.move(
                old,
                expectedVersion,
                outcome,
                outcome == CardStatus.LOST ? Custody.unknown() : Custody.gone(),
                (outcome == CardStatus.LOST ? "Lost: " : "Damaged, to be destroyed: ") + why);
        CardRequest previous = old.getRequest();
        CardRequest request = requests.save(new CardRequest(
                old.getStaff(),
                previous.getReason(),
                previous.getReasonText(),
                RequestOrigin.LATER,
                me.staffId(),
                me.displayName(),
                clock.instant()));
        audit.record(
                "CARD_REPRINT_REQUESTED",
                "CardRequest",
                request.getId(),
                null,
                Map.of("staffId", staffId, "replacesCardId", cardId, "why", why));
        return lifecycle.create(request, old).getId();
    }

    /** Printed cards, newest change first, found by card number, employee number or name. */
    @Transactional(readOnly = true)
    public List<IssuedCardRow> issued(String search, Pageable pageable) {
        return cards.issued(
                LikePattern.containing(search), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    @Transactional(readOnly = true)
    public long countIssued(String search) {
        return cards.countIssued(LikePattern.containing(search));
    }

    private void decide(CardRequest request, RequestStatus outcome, PortalUser me, String why) {
        Instant now = clock.instant();
        RequestStatus before = request.getStatus();
        request.decide(outcome, me.displayName(), why, now);
        audit.record(
                "CARD_REQUEST_" + outcome.name(),
                "CardRequest",
                request.getId(),
                Map.of("status", before.name()),
                Map.of("status", outcome.name(), "note", why));
        events.publishEvent(new CardRequestDecided(
                request.getId(), request.getStaff().getId(), request.getRequestedByStaffId(), outcome, now));
    }

    private static String requiredReason(String reason) {
        String why = InputText.optional(reason, CardRequest.NOTE_MAX, "The reason");
        if (why == null) {
            throw new RuleViolationException("Give a reason: it is kept with the card's history.");
        }
        return why;
    }

    private Smartcard load(long cardId) {
        return cards.findById(cardId).orElseThrow(() -> new RecordNotFoundException("The card"));
    }
}
