package uk.nhs.smartcardportal.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.Counted;
import uk.nhs.smartcardportal.base.InputProblems;
import uk.nhs.smartcardportal.base.InputText;
import uk.nhs.smartcardportal.base.InvalidInputException;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.VersionCheck;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteKind;
import uk.nhs.smartcardportal.sites.SiteService;

/**
 * The Workforce Systems Team schedules collection sessions: one at a time or as a weekly series, edits and cancels
 * them. Times are typed and shown in UK local time and stored as instants, so a 10:00 session is at 10:00 on either
 * side of the clock change.
 */
@Service
@PreAuthorize(Roles.IS_WORKFORCE)
public class SessionSchedulingService {

    static final int SCHEDULE_AHEAD_YEARS = 2;

    public static final int CAPACITY_MAX = 200;

    private final CollectionSessionRepository sessions;
    private final SessionDayTotals dayTotals;
    private final SessionBookings bookings;
    private final SiteService sites;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionSchedulingService(
            CollectionSessionRepository sessions,
            SessionDayTotals dayTotals,
            SessionBookings bookings,
            SiteService sites,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.dayTotals = dayTotals;
        this.bookings = bookings;
        this.sites = sites;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long schedule(SessionDraft draft) {
        Checked checked = check(draft, null, List.of());
        CollectionSession session = sessions.save(checked.toSession());
        audit.record("SESSION_SCHEDULED", "CollectionSession", session.getId(), null, describe(session));
        return session.getId();
    }

    /**
     * Schedules a weekly series, all or nothing.
     *
     * @throws RuleViolationException naming every date that cannot be scheduled, and why
     */
    @Transactional
    public List<Long> scheduleSeries(SeriesDraft series) {
        if (series.weeks() < 1 || series.weeks() > SeriesDraft.MAX_WEEKS) {
            throw new InvalidInputException(
                    Map.of(SeriesDraft.WEEKS, "A series runs for 1 to " + SeriesDraft.MAX_WEEKS + " weeks."));
        }
        if (series.first() == null || series.first().date() == null) {
            throw new InvalidInputException(Map.of(SessionDraft.DATE, "Choose the date of the first session."));
        }
        // what is wrong whatever the date (a missing room, say) is shown once, on its field
        try {
            check(series.first(), null, List.of());
        } catch (InvalidInputException invalid) {
            if (!invalid.problems().containsKey(SessionDraft.DATE)
                    && !invalid.problems().containsKey(SessionDraft.ROOM)) {
                throw invalid;
            }
        }
        List<Checked> planned = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (LocalDate date : series.dates()) {
            try {
                planned.add(check(series.first().on(date), null, planned));
            } catch (RuleViolationException problem) {
                problems.add(UkTime.DATE.format(date) + ": " + problem.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException("Nothing was scheduled. " + String.join(" ", problems));
        }
        if (planned.isEmpty()) {
            throw new RuleViolationException("Every week of the series is left out, so there is nothing to schedule.");
        }
        String seriesId = UUID.randomUUID().toString();
        List<Long> ids = new ArrayList<>();
        for (Checked checked : planned) {
            CollectionSession session = checked.toSession();
            session.setSeriesId(seriesId);
            sessions.save(session);
            ids.add(session.getId());
            audit.record("SESSION_SCHEDULED", "CollectionSession", session.getId(), null, describe(session));
        }
        return ids;
    }

    /** Changes a session that has not started; the people booked onto it are told when its time or room moves. */
    @Transactional
    public void update(long sessionId, long expectedVersion, SessionDraft draft) {
        CollectionSession session =
                sessions.findById(sessionId).orElseThrow(() -> new RecordNotFoundException("The session"));
        requireVersion(session, expectedVersion);
        requireChangeable(session);
        Checked checked = check(draft, sessionId, List.of());
        int booked = bookings.bookedOnto(List.of(sessionId)).getOrDefault(sessionId, 0);
        if (checked.capacity() < booked) {
            throw new InvalidInputException(Map.of(
                    SessionDraft.CAPACITY,
                    Counted.of(booked, "card is", "cards are")
                            + " already booked onto this session, so its capacity cannot be less than " + booked
                            + "."));
        }
        if (booked > 0 && !checked.site().getId().equals(session.getSite().getId())) {
            throw new InvalidInputException(Map.of(
                    SessionDraft.SITE,
                    Counted.of(booked, "card") + " for "
                            + session.getSite().getName() + (booked == 1 ? " is" : " are")
                            + " booked onto this session, so "
                            + "it cannot move to another site. Schedule a session there instead."));
        }
        Map<String, Object> before = describe(session);
        Instant startsBefore = session.getStartsAt();
        String placeBefore = session.getRoom() + ", " + session.getSite().getName();
        session.reschedule(checked.site(), checked.room(), checked.startsAt(), checked.endsAt(), checked.capacity());
        session.setFacilitators(checked.facilitators());
        session.setNotes(checked.notes());
        flush(session);
        audit.record("SESSION_UPDATED", "CollectionSession", sessionId, before, describe(session));
        String place = session.getRoom() + ", " + session.getSite().getName();
        if (booked > 0 && (!startsBefore.equals(session.getStartsAt()) || !placeBefore.equals(place))) {
            events.publishEvent(new SessionMoved(sessionId, startsBefore, placeBefore, clock.instant()));
        }
    }

    /** Cancels a session; the cards booked onto it go back to the store (the cards feature listens). */
    @Transactional
    public void cancel(long sessionId, long expectedVersion, String reason) {
        CollectionSession session =
                sessions.lockById(sessionId).orElseThrow(() -> new RecordNotFoundException("The session"));
        requireVersion(session, expectedVersion);
        requireChangeable(session);
        String why = InputText.optional(reason, CollectionSession.CANCELLED_REASON_MAX, "The reason");
        if (why == null) {
            throw new RuleViolationException("Say why the session is cancelled: the people booked onto it are told.");
        }
        Map<String, Object> before = describe(session);
        Instant now = clock.instant();
        session.cancel(why, now);
        flush(session);
        audit.record("SESSION_CANCELLED", "CollectionSession", sessionId, before, describe(session));
        events.publishEvent(
                new SessionCancelled(sessionId, session.getSite().getId(), session.getStartsAt(), why, now));
    }

    /**
     * Marks a session that has started as closed. For the hand-over desk, which first returns the cards not
     * collected to the store in the same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void close(long sessionId) {
        CollectionSession session =
                sessions.lockById(sessionId).orElseThrow(() -> new RecordNotFoundException("The session"));
        if (session.getStatus() != SessionStatus.SCHEDULED) {
            throw new RuleViolationException("This session is already "
                    + (session.getStatus() == SessionStatus.CANCELLED ? "cancelled." : "closed."));
        }
        if (session.getStartsAt().isAfter(clock.instant())) {
            throw new RuleViolationException("This session has not started yet, so it cannot be closed.");
        }
        Map<String, Object> before = describe(session);
        session.complete(clock.instant());
        flush(session);
        audit.record("SESSION_CLOSED", "CollectionSession", sessionId, before, describe(session));
    }

    /** Sessions for the list and the calendars, with the cards booked onto each. */
    @Transactional(readOnly = true)
    public List<SessionRow> rows(SessionFilter filter, Pageable pageable) {
        List<SessionRow> rows = rowsWithoutBookings(filter, pageable);
        Map<Long, Integer> booked =
                bookings.bookedOnto(rows.stream().map(SessionRow::id).toList());
        return rows.stream()
                .map(row -> row.withBooked(booked.getOrDefault(row.id(), 0)))
                .toList();
    }

    /** The same sessions with no bookings counted (each shows 0), for figures that count the cards themselves. */
    @Transactional(readOnly = true)
    public List<SessionRow> rowsWithoutBookings(SessionFilter filter, Pageable pageable) {
        Instant from = startOf(filter.from());
        Instant to = startOf(filter.to() == null ? null : filter.to().plusDays(1));
        // Only sessions starting by the page's last start time can be on the page, so the sort by site and room is
        // made over those few, read from the index on start time, rather than over every session to come.
        long lastOnPage = pageable.getOffset() + pageable.getPageSize() - 1;
        Instant until = sessions
                .startTimes(filter.siteId(), from, to, filter.status(), PageRequest.of(Math.toIntExact(lastOnPage), 1))
                .stream()
                .findFirst()
                .orElse(null);
        return sessions.rows(
                filter.siteId(),
                from,
                to,
                until,
                filter.status(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    /**
     * Places offered and booked per site on the sessions not cancelled on the dates given, from the totals the
     * database keeps per site and day. The days are the sessions' UTC dates: a session starting between midnight and
     * 1 a.m. in summer counts with the day before, which moves a figure only at the edges of the weeks asked for.
     */
    @Transactional(readOnly = true)
    public List<SitePlaces> placesBySite(LocalDate from, LocalDate to) {
        return dayTotals.placesBySite(from, to.plusDays(1));
    }

    private static Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(UkTime.ZONE).toInstant();
    }

    private record Checked(
            Site site, String room, Instant startsAt, Instant endsAt, int capacity, String facilitators, String notes) {

        CollectionSession toSession() {
            CollectionSession session = new CollectionSession(site, room, startsAt, endsAt, capacity);
            session.setFacilitators(facilitators);
            session.setNotes(notes);
            return session;
        }
    }

    /**
     * Checks every field of the draft and reports every problem at once, each against its field (the keys in
     * {@link SessionDraft}).
     */
    private Checked check(SessionDraft draft, Long exceptId, List<Checked> alsoPlanned) {
        InputProblems problems = new InputProblems();
        Site site = null;
        if (draft.siteId() == null) {
            problems.add(SessionDraft.SITE, "Choose the site.");
        } else {
            site = sites.find(draft.siteId()).orElseThrow(() -> new RecordNotFoundException("The site"));
            if (!site.isActive() || site.getKind() != SiteKind.HOSPITAL) {
                problems.add(SessionDraft.SITE, site.getName() + " is not taking card collections.");
            }
        }
        String room = problems.check(
                SessionDraft.ROOM, () -> InputText.optional(draft.room(), CollectionSession.ROOM_MAX, "The room"));
        if (room == null && !problems.has(SessionDraft.ROOM)) {
            problems.add(SessionDraft.ROOM, "Say which room the session is in.");
        }
        String facilitators = problems.check(
                SessionDraft.FACILITATORS,
                () -> InputText.optional(draft.facilitators(), CollectionSession.FACILITATORS_MAX, "Facilitators"));
        String notes = problems.check(
                SessionDraft.NOTES, () -> InputText.optional(draft.notes(), CollectionSession.NOTES_MAX, "The notes"));
        if (draft.capacity() == null || draft.capacity() < 1 || draft.capacity() > CAPACITY_MAX) {
            problems.add(
                    SessionDraft.CAPACITY, "Capacity is the number of cards to hand over: 1 to " + CAPACITY_MAX + ".");
        }
        if (draft.date() == null) {
            problems.add(SessionDraft.DATE, "Give the date.");
        }
        if (draft.start() == null) {
            problems.add(SessionDraft.START, "Give the start time.");
        }
        if (draft.end() == null) {
            problems.add(SessionDraft.END, "Give the end time.");
        }
        Instant startsAt = null;
        Instant endsAt = null;
        if (draft.date() != null && draft.start() != null && draft.end() != null) {
            if (!draft.end().isAfter(draft.start())) {
                problems.add(SessionDraft.END, "The session must end after it starts.");
            }
            startsAt = problems.check(SessionDraft.START, () -> ukInstant(draft.date(), draft.start()));
            endsAt = problems.check(SessionDraft.END, () -> ukInstant(draft.date(), draft.end()));
            if (startsAt != null && !startsAt.isAfter(clock.instant())) {
                problems.add(SessionDraft.DATE, "The session would start in the past. Choose a later date or time.");
            }
            if (draft.date()
                    .isAfter(LocalDate.ofInstant(clock.instant(), UkTime.ZONE).plusYears(SCHEDULE_AHEAD_YEARS))) {
                problems.add(
                        SessionDraft.DATE,
                        "Sessions can be scheduled up to " + SCHEDULE_AHEAD_YEARS
                                + " years ahead. Choose an earlier date.");
            }
        }
        problems.throwIfAny();
        Site where = site;
        Instant from = startsAt;
        Instant to = endsAt;
        boolean clashesInSeries = alsoPlanned.stream()
                .anyMatch(other -> other.site().getId().equals(where.getId())
                        && other.room().equalsIgnoreCase(room)
                        && other.startsAt().isBefore(to)
                        && other.endsAt().isAfter(from));
        if (clashesInSeries || sessions.countOverlapping(site.getId(), room, startsAt, endsAt, exceptId) > 0) {
            problems.add(
                    SessionDraft.ROOM,
                    "Another session is already in " + room + " at " + site.getName() + " at that time.");
            problems.throwIfAny();
        }
        return new Checked(site, room, startsAt, endsAt, draft.capacity(), facilitators, notes);
    }

    /** UK local date and time as an instant; a time skipped when the clocks go forward does not exist. */
    private static Instant ukInstant(LocalDate date, LocalTime time) {
        LocalDateTime local = LocalDateTime.of(date, time);
        if (UkTime.ZONE.getRules().getValidOffsets(local).isEmpty()) {
            throw new RuleViolationException(UkTime.TIME.format(time) + " does not exist on " + UkTime.DATE.format(date)
                    + ": the clocks go forward that night. Choose another time.");
        }
        return local.atZone(UkTime.ZONE).toInstant();
    }

    private void requireChangeable(CollectionSession session) {
        if (session.getStatus() != SessionStatus.SCHEDULED) {
            throw new RuleViolationException(
                    "This session is " + session.getStatus().name().toLowerCase() + " and can no longer be changed.");
        }
        if (!session.getStartsAt().isAfter(clock.instant())) {
            throw new RuleViolationException("This session has started and can no longer be changed.");
        }
    }

    private static void requireVersion(CollectionSession session, long expectedVersion) {
        VersionCheck.require(session.getVersion(), expectedVersion, "session");
    }

    private void flush(CollectionSession session) {
        VersionCheck.saveAndFlush(sessions, session, "session");
    }

    private static Map<String, Object> describe(CollectionSession session) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("siteId", session.getSite().getId());
        values.put("room", session.getRoom());
        values.put("startsAt", session.getStartsAt().toString());
        values.put("endsAt", session.getEndsAt().toString());
        values.put("capacity", session.getCapacity());
        values.put("status", session.getStatus().name());
        if (session.getCancelledReason() != null) {
            values.put("cancelledReason", session.getCancelledReason());
        }
        return values;
    }
}
