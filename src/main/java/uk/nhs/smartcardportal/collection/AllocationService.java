package uk.nhs.smartcardportal.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardBookingService;
import uk.nhs.smartcardportal.sessions.SessionFilter;
import uk.nhs.smartcardportal.sessions.SessionRow;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.sessions.SessionStatus;

/**
 * Books cards waiting in the store onto collection sessions at their collection site: a suggested plan (each card,
 * oldest first, to the earliest session at its site with room) that the Workforce Systems Team accepts or adjusts.
 */
@Service
@PreAuthorize(Roles.IS_WORKFORCE)
public class AllocationService {

    public static final int PLAN_MAX = 500;

    private final CollectionCardRepository sessionCards;
    private final CardBookingService bookings;
    private final SessionSchedulingService sessions;
    private final Clock clock;

    AllocationService(
            CollectionCardRepository sessionCards,
            CardBookingService bookings,
            SessionSchedulingService sessions,
            Clock clock) {
        this.sessionCards = sessionCards;
        this.bookings = bookings;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The plan for up to {@link #PLAN_MAX} waiting cards, at one site or all (null). Changes nothing. */
    @Transactional(readOnly = true)
    public AllocationPlan suggest(Long siteId) {
        List<AllocationCandidate> waiting = sessionCards.waitingForASession(siteId, PageRequest.of(0, PLAN_MAX));
        Map<Long, List<SessionRow>> sessionsBySite = new HashMap<>();
        Map<Long, Integer> room = new HashMap<>();
        List<AllocationSuggestion> plan = new ArrayList<>();
        for (AllocationCandidate card : waiting) {
            List<SessionRow> atSite = sessionsBySite.computeIfAbsent(card.siteId(), this::upcomingAt);
            SessionRow chosen = null;
            for (SessionRow session : atSite) {
                int free = room.computeIfAbsent(session.id(), id -> session.free());
                if (free > 0) {
                    room.put(session.id(), free - 1);
                    chosen = session;
                    break;
                }
            }
            plan.add(new AllocationSuggestion(card, chosen));
        }
        return new AllocationPlan(plan, sessionsBySite);
    }

    /**
     * Books every card in the plan, or none: each card's problem (a session filled up meanwhile, a card changed) is
     * reported against it.
     *
     * @throws AllocationRefusedException when any card cannot be booked; nothing is saved
     */
    @Transactional
    public int accept(List<PlannedAllocation> plan) {
        if (plan.isEmpty()) {
            throw new RuleViolationException("There is nothing to book.");
        }
        if (plan.size() > PLAN_MAX) {
            throw new RuleViolationException("Book at most " + PLAN_MAX + " cards at a time.");
        }
        Map<Long, String> problems = new LinkedHashMap<>();
        for (PlannedAllocation allocation : plan) {
            try {
                bookings.allocate(allocation.cardId(), allocation.cardVersion(), allocation.sessionId());
            } catch (RuleViolationException | RecordNotFoundException problem) {
                problems.put(allocation.cardId(), problem.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new AllocationRefusedException(problems);
        }
        return plan.size();
    }

    /** Upcoming sessions at the site that have not started, earliest first, for choosing by hand. */
    private List<SessionRow> upcomingAt(long siteId) {
        return sessions
                .rows(
                        new SessionFilter(siteId, LocalDate.now(clock), null, SessionStatus.SCHEDULED),
                        PageRequest.of(0, 200))
                .stream()
                .filter(session -> session.startsAt().isAfter(clock.instant()))
                .toList();
    }
}
