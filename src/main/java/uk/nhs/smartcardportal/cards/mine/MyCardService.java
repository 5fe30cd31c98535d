package uk.nhs.smartcardportal.cards.mine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CardTransition;
import uk.nhs.smartcardportal.cards.CardTransitionRepository;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.cards.SmartcardRepository;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeService;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.sessions.SessionLookup;
import uk.nhs.smartcardportal.sessions.SessionSummary;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteService;
import uk.nhs.smartcardportal.staff.SmartcardNeed;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;

/** The signed-in person's own card, and nobody else's. */
@Service
@PreAuthorize(Roles.IS_STAFF)
public class MyCardService {

    static final int UPCOMING_SESSIONS = 5;
    private static final int SESSIONS_LOOKED_AT = 40;

    private final SmartcardRepository cards;
    private final CardTransitionRepository transitions;
    private final SiteChangeService siteChanges;
    private final StaffService staff;
    private final SessionLookup sessions;
    private final SiteService sites;
    private final CurrentUser currentUser;
    private final PortalProperties portal;

    MyCardService(
            SmartcardRepository cards,
            CardTransitionRepository transitions,
            SiteChangeService siteChanges,
            StaffService staff,
            SessionLookup sessions,
            SiteService sites,
            CurrentUser currentUser,
            PortalProperties portal) {
        this.portal = portal;
        this.cards = cards;
        this.transitions = transitions;
        this.siteChanges = siteChanges;
        this.staff = staff;
        this.sessions = sessions;
        this.sites = sites;
        this.currentUser = currentUser;
    }

    /** The next sessions at the site that still have a place, so a starter is never offered a full one. */
    private List<SessionSummary> sessionsWithRoom(Site site, SessionSummary allocated) {
        List<SessionSummary> ahead = sessions.upcomingAt(site.getId(), SESSIONS_LOOKED_AT);
        if (ahead.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> booked = new HashMap<>();
        cards.countBookedOntoEach(ahead.stream().map(SessionSummary::id).toList())
                .forEach(count -> booked.put(count.sessionId(), count.cards()));
        return ahead.stream()
                .filter(session -> allocated == null || !session.id().equals(allocated.id()))
                .filter(session -> booked.getOrDefault(session.id(), 0L) < session.capacity())
                .limit(UPCOMING_SESSIONS)
                .toList();
    }

    @Transactional(readOnly = true)
    public MyCardOverview overview() {
        long me = currentUser.requireStaffId();
        boolean onlyStaff = currentUser.require().roles().stream().allMatch(role -> role == Role.STAFF);
        Staff person = staff.find(me).orElseThrow();
        Optional<Smartcard> newest = cards.findByStaffNewestFirst(me).stream().findFirst();
        if (newest.isEmpty()) {
            return new MyCardOverview(
                    person.getSmartcardNeed(),
                    null,
                    0,
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    List.of(),
                    List.of(),
                    portal.startersChooseSession(),
                    onlyStaff);
        }
        Smartcard card = newest.get();
        Site site = card.getCollectionSite();
        CollectionPlace place = site == null ? null : placeOf(site);
        SessionSummary allocated = card.getSession() == null
                ? null
                : sessions.summary(card.getSession().getId()).orElse(null);
        // the session they are booked onto is shown on its own, so it is not repeated among the others
        List<SessionSummary> upcoming = site == null || !card.getStatus().isAwaitingCollection()
                ? List.of()
                : sessionsWithRoom(site, allocated);
        SmartcardNeed need = card.getStatus().willNeverBeCollected() ? person.getSmartcardNeed() : SmartcardNeed.NEEDED;
        return new MyCardOverview(
                need,
                card.getId(),
                card.getVersion(),
                card.getStatus(),
                card.getSerial(),
                timeline(card),
                place,
                allocated,
                upcoming,
                siteChanges.forCard(card.getId()),
                portal.startersChooseSession(),
                onlyStaff);
    }

    /**
     * The hospital sites a person may ask to collect from instead of the one given, read when they open the form:
     * most starters never do, so My smartcard does not read every site each time it opens.
     */
    @Transactional(readOnly = true)
    public List<CollectionPlace> collectionSitesOtherThan(@Nullable Long siteId) {
        return sites.activeCollectionSites().stream()
                .filter(other -> !other.getId().equals(siteId))
                .map(MyCardService::placeOf)
                .toList();
    }

    private List<TimelineStep> timeline(Smartcard card) {
        Map<CardStatus, Instant> reached = new EnumMap<>(CardStatus.class);
        for (CardTransition step : transitions.findByCardIdOrderByOccurredAtAscIdAsc(card.getId())) {
            reached.put(step.getToStatus(), step.getOccurredAt());
        }
        CardStatus now = card.getStatus();
        List<TimelineStep> steps = new ArrayList<>();
        steps.add(step("Requested", reached.get(CardStatus.REQUESTED), now == CardStatus.REQUESTED));
        steps.add(step("Printed", reached.get(CardStatus.PRINTED), now == CardStatus.PRINTED));
        steps.add(step(
                "At the Workforce Systems store",
                firstOf(reached, CardStatus.IN_STORE, CardStatus.NOT_COLLECTED),
                now == CardStatus.IN_STORE || now == CardStatus.NOT_COLLECTED));
        steps.add(step(
                "Booked onto a collection session", reached.get(CardStatus.ALLOCATED), now == CardStatus.ALLOCATED));
        steps.add(step("At the collection session", reached.get(CardStatus.AT_SESSION), now == CardStatus.AT_SESSION));
        steps.add(step("Collected", reached.get(CardStatus.COLLECTED), now == CardStatus.COLLECTED));
        return steps;
    }

    private static Instant firstOf(Map<CardStatus, Instant> reached, CardStatus a, CardStatus b) {
        Instant first = reached.get(a);
        Instant second = reached.get(b);
        if (first == null) {
            return second;
        }
        return second == null || first.isBefore(second) ? first : second;
    }

    private static TimelineStep step(String label, Instant at, boolean current) {
        TimelineStep.State state = current
                ? TimelineStep.State.CURRENT
                : at != null ? TimelineStep.State.DONE : TimelineStep.State.TO_COME;
        return new TimelineStep(label, at, state);
    }

    private static CollectionPlace placeOf(Site site) {
        return new CollectionPlace(site.getId(), site.getName(), site.getAddress(), site.getDirections());
    }
}
