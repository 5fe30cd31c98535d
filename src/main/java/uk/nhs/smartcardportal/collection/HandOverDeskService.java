package uk.nhs.smartcardportal.collection;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
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
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardLifecycle;
import uk.nhs.smartcardportal.cards.CardRequest;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.Custody;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.sessions.SessionLookup;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.sessions.SessionSummary;
import uk.nhs.smartcardportal.sites.SiteService;

/**
 * A collection session from the run sheet to closing: the cards to take, taking them, handing each over after an
 * identity check, and returning the ones not collected to the store.
 */
@Service
public class HandOverDeskService {

    /** Cards still to hand over at the session. */
    private static final Set<CardStatus> TO_HAND_OVER = CardStatus.WAITING_AT_A_SESSION;
    /** What the run sheet and the desk show: cards to hand over, and those handed over there, with who and when. */
    private static final Set<CardStatus> ON_THE_SHEET = CardStatus.ON_A_RUN_SHEET;

    private static final int FOUND_MAX = 20;
    private static final int ELSEWHERE_MAX = 5;
    /** Cards may be handed over from this long before a session starts, while the desk is set up. */
    static final Duration SET_UP_TIME = Duration.ofMinutes(30);

    private final CollectionCardRepository sessionCards;
    private final CardLifecycle lifecycle;
    private final SessionSchedulingService scheduling;
    private final SessionLookup sessions;
    private final SiteService sites;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandOverDeskService(
            CollectionCardRepository sessionCards,
            CardLifecycle lifecycle,
            SessionSchedulingService scheduling,
            SessionLookup sessions,
            SiteService sites,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessionCards = sessionCards;
        this.lifecycle = lifecycle;
        this.scheduling = scheduling;
        this.sessions = sessions;
        this.sites = sites;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The session the desk or run sheet is for. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public SessionSummary session(long sessionId) {
        return sessions.summary(sessionId).orElseThrow(() -> new RecordNotFoundException("The session"));
    }

    /** The cards to take to the session, by surname. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<RunSheetLine> runSheet(long sessionId) {
        return sessionCards.runSheet(sessionId, ON_THE_SHEET);
    }

    /** The run sheet as a CSV file. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public byte[] runSheetCsv(long sessionId) {
        return RunSheetCsv.write(sessionCards.runSheet(sessionId, ON_THE_SHEET));
    }

    /** Moves every card booked onto the session into the session's custody. Returns how many moved. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public int takeToSession(long sessionId) {
        SessionSummary session = session(sessionId);
        if (session.status() != uk.nhs.smartcardportal.sessions.SessionStatus.SCHEDULED) {
            throw new RuleViolationException("This session is not going ahead, so no cards go to it.");
        }
        List<Smartcard> booked = sessionCards.findOnSession(sessionId, EnumSet.of(CardStatus.ALLOCATED));

        if (booked.isEmpty()) {
            throw new RuleViolationException("No cards are waiting to be taken to this session.");
        }
        for (Smartcard card : booked) {
            lifecycle.move(
                    card,
                    card.getVersion(),
                    CardStatus.AT_SESSION,
                    Custody.atSession(sessionId),
                    "Taken to the session");
        }
        return booked.size();
    }

    /** Cards at the session whose holder's name, employee number or card number contains the text. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<RunSheetLine> find(long sessionId, String text) {
        String pattern = LikePattern.containing(text);
        if (pattern == null) {
            return sessionCards.runSheet(sessionId, TO_HAND_OVER).stream()
                    .limit(FOUND_MAX)
                    .toList();
        }
        return sessionCards.findAtSession(sessionId, ON_THE_SHEET, pattern, PageRequest.of(0, FOUND_MAX));
    }

    /**
     * Searches for the text beyond the session: where the cards of people not at this session are, so the desk can
     * tell someone where they are booked instead of only that they are not here.
     */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<String> elsewhere(long sessionId, String text) {
        String pattern = LikePattern.containing(text);
        if (pattern == null) {
            return List.of();
        }
        return sessionCards.withNumberMatching(pattern, PageRequest.of(0, ELSEWHERE_MAX)).stream()
                .filter(card -> card.getSession() == null || card.getSession().getId() != sessionId)
                .map(this::whereTheCardIs)
                .toList();
    }

    private String whereTheCardIs(Smartcard card) {
        String who = card.getStaff().getFullName() + " (card " + card.getSerial() + ")";
        return switch (card.getStatus()) {
            case ALLOCATED, AT_SESSION ->
                who + " is not booked onto this session: their card is booked onto "
                        + sessions.summary(card.getSession().getId())
                                .map(session -> UkTime.span(session.startsAt(), session.endsAt()) + ", "
                                        + session.room() + ", " + session.siteName())
                                .orElse("another " + "session")
                        + ".";
            case IN_STORE, NOT_COLLECTED ->
                who + " is not booked onto a session: their card is in the store, waiting " + "for a session at "
                        + siteName(card) + ".";
            case PRINTED ->
                who + " is not booked onto a session: their card is printed and not yet received into " + "the store.";
            case COLLECTED -> who + " has already collected their card.";
            case REQUESTED, CANCELLED, DESTROYED, LOST ->
                who + ": their card is " + card.getStatus().label().toLowerCase() + ".";
        };
    }

    private static String siteName(Smartcard card) {
        return card.getCollectionSite() == null
                ? "their site"
                : card.getCollectionSite().getName();
    }

    /** Whether a hand-over now would come before the session and so needs a reason. */
    public boolean isBeforeSession(SessionSummary session) {
        return clock.instant().isBefore(session.startsAt().minus(SET_UP_TIME));
    }

    /**
     * Hands a card to its holder once their identity has been checked to the standard: photo identity and proof of
     * address, kinds only. Before the session starts, only with a reason; never once the session is closed.
     *
     * @throws uk.nhs.smartcardportal.base.InvalidInputException naming each field that falls short
     */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void handOver(long sessionId, long cardId, long expectedVersion, IdentityCheck check) {
        Smartcard card = sessionCards.findById(cardId).orElseThrow(() -> new RecordNotFoundException("The card"));
        if (card.getSession() == null || card.getSession().getId() != sessionId) {
            throw new RecordNotFoundException("The card");
        }
        SessionSummary session = session(sessionId);
        if (session.status() != uk.nhs.smartcardportal.sessions.SessionStatus.SCHEDULED) {
            throw new RuleViolationException("This session is closed, so no more cards are handed over at it.");
        }
        if (card.getStatus() == CardStatus.ALLOCATED) {
            throw new RuleViolationException("This card has not been marked as taken to the session. Use \"Taken "
                    + "to session\" on the run sheet first.");
        }
        InputProblems problems = new InputProblems();
        IdentityCheck seen = check == null ? new IdentityCheck(null, null, null) : check;
        seen.check(problems);
        String early = null;
        if (isBeforeSession(session)) {
            early = problems.check(
                    IdentityCheck.EARLY_REASON,
                    () -> InputText.optional(seen.earlyReason(), CardRequest.NOTE_MAX, "The reason"));
            if (early == null && !problems.has(IdentityCheck.EARLY_REASON)) {
                problems.add(
                        IdentityCheck.EARLY_REASON,
                        "The session starts " + UkTime.span(session.startsAt(), session.endsAt())
                                + ". Say why the card is handed over before it: the reason is kept with "
                                + "the card's history.");
            }
        }
        problems.throwIfAny();
        lifecycle.move(
                card,
                expectedVersion,
                CardStatus.COLLECTED,
                Custody.withHolder(),
                "Handed over; identity checked: " + seen.describe()
                        + (early == null ? "" : "; before the session: " + early));
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("sessionId", sessionId);
        details.put("identityDocuments", seen.all().stream().map(Enum::name).toList());
        if (early != null) {
            details.put("beforeTheSession", early);
        }
        audit.record("CARD_HANDED_OVER", "Smartcard", cardId, null, details);
    }

    /** Closes the session: every card not collected goes back to the store and its holder is told. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public int close(long sessionId) {
        SessionSummary session = session(sessionId);
        List<Smartcard> uncollected = sessionCards.findOnSession(sessionId, TO_HAND_OVER);
        Long next = sessions.upcomingAt(session.siteId(), 2).stream()
                .map(SessionSummary::id)
                .filter(id -> id != sessionId)
                .findFirst()
                .orElse(null);
        long store = sites.store().getId();
        for (Smartcard card : uncollected) {
            if (card.getStatus() == CardStatus.ALLOCATED) {
                lifecycle.move(
                        card,
                        card.getVersion(),
                        CardStatus.AT_SESSION,
                        Custody.atSession(sessionId),
                        "Counted at the session");
            }
            lifecycle.move(
                    card,
                    card.getVersion(),
                    CardStatus.NOT_COLLECTED,
                    Custody.atSite(store),
                    "Not collected; back to the store");
            events.publishEvent(
                    new CardNotCollected(card.getId(), card.getStaff().getId(), sessionId, next, clock.instant()));
        }
        scheduling.close(sessionId);
        return uncollected.size();
    }

    /** Booked onto the session (ever), collected there, and not collected. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public SessionFigures figures(long sessionId) {
        return SessionFigures.of(sessionCards.countOnSessionByStatus(sessionId));
    }
}
