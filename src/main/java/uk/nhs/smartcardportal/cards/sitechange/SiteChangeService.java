package uk.nhs.smartcardportal.cards.sitechange;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
import uk.nhs.smartcardportal.base.VersionCheck;
import uk.nhs.smartcardportal.cards.CardLifecycle;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.OwnCards;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteKind;
import uk.nhs.smartcardportal.sites.SiteService;

/** Starters ask to collect their card at another site; the Workforce Systems Team decides. */
@Service
public class SiteChangeService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SiteChangeService.class);

    private final SiteChangeRequestRepository requests;
    private final OwnCards ownCards;
    private final SiteService sites;
    private final CardLifecycle lifecycle;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    SiteChangeService(
            SiteChangeRequestRepository requests,
            OwnCards ownCards,
            SiteService sites,
            CardLifecycle lifecycle,
            AuditService audit,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock) {
        this.requests = requests;
        this.ownCards = ownCards;
        this.sites = sites;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public long request(long cardId, long toSiteId, String reason) {
        Smartcard card = ownCards.card(cardId);
        requireAwaitingCollection(card);
        Site from = card.getCollectionSite();
        if (from == null) {
            throw new RuleViolationException("The collection site is chosen when your card is printed. You can ask "
                    + "to change it after that.");
        }
        InputProblems problems = new InputProblems();
        String why = problems.check(
                SiteChangeRequest.REASON, () -> InputText.optional(reason, SiteChangeRequest.REASON_MAX, "The reason"));
        Site to = sites.find(toSiteId).orElse(null);
        if (to == null) {
            problems.add(SiteChangeRequest.TO_SITE, "Choose the site you would like to collect from.");
        } else if (!to.isActive() || to.getKind() != SiteKind.HOSPITAL) {
            problems.add(
                    SiteChangeRequest.TO_SITE,
                    to.getName() + " is not taking card collections at the moment. " + "Choose another site.");
        } else if (from.getId().equals(to.getId())) {
            problems.add(SiteChangeRequest.TO_SITE, "Your card is already going to " + to.getName() + ".");
        }
        problems.throwIfAny();
        if (requests.existsByCardIdAndStatus(card.getId(), SiteChangeStatus.PENDING)) {
            throw alreadyWaiting();
        }
        java.time.Instant startOfToday = java.time.LocalDate.now(clock)
                .atStartOfDay(uk.nhs.smartcardportal.base.UkTime.ZONE)
                .toInstant();
        if (requests.countByCardIdAndRequestedAtGreaterThanEqual(card.getId(), startOfToday) >= MAX_PER_DAY) {
            // each request is audited and tells the team: asking and withdrawing in a loop must not flood them
            throw new RuleViolationException("You have asked to change the site " + MAX_PER_DAY + " times today. "
                    + "Ask again tomorrow, or contact the Workforce Systems Team.");
        }
        SiteChangeRequest request;
        try {
            request = requests.saveAndFlush(new SiteChangeRequest(card, from, to, why, clock.instant()));
        } catch (DataIntegrityViolationException sameMoment) {
            // the database's one-pending-change rule (migration 025): another request for the card got there first
            throw alreadyWaiting();
        }
        audit.record(
                "SITE_CHANGE_REQUESTED",
                "SiteChangeRequest",
                request.getId(),
                null,
                Map.of("cardId", card.getId(), "fromSiteId", from.getId(), "toSiteId", to.getId()));
        events.publishEvent(
                new SiteChangeRequested(request.getId(), card.getStaff().getId(), from.getId(), to.getId()));
        return request.getId();
    }

    /** Site changes one card may ask for in a day. */
    static final int MAX_PER_DAY = 3;

    private static RuleViolationException alreadyWaiting() {
        return new RuleViolationException("You already have a site change waiting for a decision. Withdraw it "
                + "first if you want to choose a different site.");
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void withdraw(long requestId, long expectedVersion) {
        SiteChangeRequest request = ownSiteChange(requestId);
        requirePending(request, expectedVersion);
        decide(request, SiteChangeStatus.WITHDRAWN, null);
    }

    /**
     * Approves the change: the card's collection site becomes the new one, and a booking on a session at the old
     * site is released (the card stays in the store).
     */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void approve(long requestId, long expectedVersion, String note) {
        SiteChangeRequest request =
                requests.findById(requestId).orElseThrow(() -> new RecordNotFoundException("The request"));
        String decisionNote = InputText.optional(note, SiteChangeRequest.NOTE_MAX, "The note");
        requirePending(request, expectedVersion);
        Smartcard card = request.getCard();
        requireAwaitingCollection(card);
        if (card.getStatus() == CardStatus.ALLOCATED
                && card.getSession() != null
                && !card.getSession()
                        .getSite()
                        .getId()
                        .equals(request.getToSite().getId())) {
            lifecycle.release(
                    card,
                    card.getVersion(),
                    "Booking released: collection site changed to "
                            + request.getToSite().getName());
        }
        lifecycle.changeCollectionSite(card, request.getToSite());
        decide(request, SiteChangeStatus.APPROVED, decisionNote);
        audit.record(
                "COLLECTION_SITE_CHANGED",
                "Smartcard",
                card.getId(),
                Map.of("collectionSiteId", request.getFromSite().getId()),
                Map.of("collectionSiteId", request.getToSite().getId()));
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void decline(long requestId, long expectedVersion, String note) {
        SiteChangeRequest request =
                requests.findById(requestId).orElseThrow(() -> new RecordNotFoundException("The request"));
        String decisionNote = InputText.optional(note, SiteChangeRequest.NOTE_MAX, "The note");
        if (decisionNote == null) {
            throw new RuleViolationException("Say why the request is declined: the starter will see your note.");
        }
        requirePending(request, expectedVersion);
        decide(request, SiteChangeStatus.DECLINED, decisionNote);
    }

    /** Ends a pending request: the decision recorded, audited (with its note), and the starter told. */
    private void decide(SiteChangeRequest request, SiteChangeStatus outcome, @Nullable String note) {
        request.decide(outcome, currentUser.require().displayName(), note, clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", outcome.name());
        if (note != null) {
            after.put("note", note);
        }
        audit.record(
                "SITE_CHANGE_" + outcome.name(),
                "SiteChangeRequest",
                request.getId(),
                Map.of("status", SiteChangeStatus.PENDING.name()),
                after);
        events.publishEvent(new SiteChangeDecided(
                request.getId(),
                request.getStaff().getId(),
                request.getFromSite().getId(),
                request.getToSite().getId(),
                outcome));
    }

    /** The queue, oldest first. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<SiteChangeSummary> queue(SiteChangeFilter filter, Pageable pageable) {
        return requests.queue(
                filter.status(),
                filter.siteId(),
                LikePattern.containing(filter.person()),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public long count(SiteChangeFilter filter) {
        return requests.countQueue(filter.status(), filter.siteId(), LikePattern.containing(filter.person()));
    }

    private static void requireAwaitingCollection(Smartcard card) {
        if (card.getStatus() == CardStatus.COLLECTED) {
            throw new RuleViolationException(
                    "This card has already been collected, so its collection site " + "cannot change.");
        }
        if (!card.getStatus().isAwaitingCollection()) {
            throw new RuleViolationException("This card is "
                    + card.getStatus().label().toLowerCase() + ", so its collection site cannot change.");
        }
    }

    private static void requirePending(SiteChangeRequest request, long expectedVersion) {
        VersionCheck.require(request.getVersion(), expectedVersion, "request");
        if (request.getStatus() != SiteChangeStatus.PENDING) {
            throw new RuleViolationException(
                    "This request is already " + request.getStatus().label().toLowerCase() + ".");
        }
    }

    /** A card's site-change requests, newest first; for the holder's own page, whose service checks whose it is. */
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public java.util.List<SiteChangeSummary> forCard(long cardId) {
        return requests.forCard(cardId);
    }

    private SiteChangeRequest ownSiteChange(long requestId) {
        long me = currentUser.requireStaffId();
        SiteChangeRequest request =
                requests.findById(requestId).orElseThrow(() -> new RecordNotFoundException("The request"));
        if (request.getStaff().getId() != me) {
            log.warn("Refused: staff {} asked for site change request {} of another person", me, requestId);
            throw new RecordNotFoundException("The request");
        }
        return request;
    }
}
