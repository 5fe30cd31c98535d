package uk.nhs.smartcardportal.collection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.sessions.SessionFilter;
import uk.nhs.smartcardportal.sessions.SessionRow;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.sessions.SessionStatus;

/** Session figures: per session, and per site and week. Counted by the database, grouped by status. */
@Service
@PreAuthorize(Roles.IS_WORKFORCE)
public class SessionFiguresService {

    public static final int SESSIONS_MAX = 2000;

    private final CollectionCardRepository sessionCards;
    private final SessionSchedulingService sessions;

    SessionFiguresService(CollectionCardRepository sessionCards, SessionSchedulingService sessions) {
        this.sessionCards = sessionCards;
        this.sessions = sessions;
    }

    /** Every session that was not cancelled on the UK dates given, with its outcome. */
    @Transactional(readOnly = true)
    public List<SessionOutcome> outcomes(LocalDate from, LocalDate to, Long siteId) {
        List<SessionRow> rows = sessions
                .rowsWithoutBookings(new SessionFilter(siteId, from, to, null), PageRequest.of(0, SESSIONS_MAX))
                .stream()
                .filter(row -> row.status() != SessionStatus.CANCELLED)
                .toList();
        Map<Long, List<SessionStatusCount>> counts = new HashMap<>();
        if (!rows.isEmpty()) {
            for (SessionStatusCount count : sessionCards.countBySessionAndStatus(
                    rows.stream().map(SessionRow::id).toList())) {
                counts.computeIfAbsent(count.sessionId(), id -> new ArrayList<>())
                        .add(count);
            }
        }
        List<SessionOutcome> outcomes = new ArrayList<>();
        for (SessionRow row : rows) {
            outcomes.add(new SessionOutcome(row, SessionFigures.of(counts.getOrDefault(row.id(), List.of()))));
        }
        return outcomes;
    }

    /** Per site and week: sessions, places, bookings and collections. */
    @Transactional(readOnly = true)
    public List<SiteWeekUtilisation> utilisation(LocalDate from, LocalDate to, Long siteId) {
        record Key(String site, LocalDate week) {}
        Map<Key, long[]> totals = new LinkedHashMap<>();
        for (SessionOutcome outcome : outcomes(from, to, siteId)) {
            LocalDate week = outcome.session()
                    .startsAt()
                    .atZone(UkTime.ZONE)
                    .toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long[] sums = totals.computeIfAbsent(new Key(outcome.session().siteName(), week), key -> new long[4]);
            sums[0]++;
            sums[1] += outcome.session().capacity();
            sums[2] += outcome.allocated();
            sums[3] += outcome.collected();
        }
        return totals.entrySet().stream()
                .map(entry -> new SiteWeekUtilisation(
                        entry.getKey().site(),
                        entry.getKey().week(),
                        (int) entry.getValue()[0],
                        entry.getValue()[1],
                        entry.getValue()[2],
                        entry.getValue()[3]))
                .sorted(Comparator.comparing(SiteWeekUtilisation::weekStarting)
                        .thenComparing(SiteWeekUtilisation::siteName))
                .toList();
    }
}
