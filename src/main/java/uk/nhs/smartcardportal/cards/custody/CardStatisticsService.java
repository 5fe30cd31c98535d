package uk.nhs.smartcardportal.cards.custody;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CardTotals;
import uk.nhs.smartcardportal.cards.CardTransitionRepository;
import uk.nhs.smartcardportal.cards.DayCount;
import uk.nhs.smartcardportal.cards.StatusCount;

/** Card figures for the Workforce Systems Team's dashboard, from the kept totals and aggregate queries. */
@Service
@PreAuthorize(Roles.IS_WORKFORCE)
public class CardStatisticsService {

    public static final int WEEKS = 12;

    private static final String[] AGE_BANDS = {"Up to 30 days", "31 to 60 days", "61 to 90 days", "Over 90 days"};

    private final CustodyRepository held;
    private final CardTotals totals;
    private final CardTransitionRepository transitions;
    private final SettledCollections settled;
    private final Clock clock;

    CardStatisticsService(
            CustodyRepository held,
            CardTotals totals,
            CardTransitionRepository transitions,
            SettledCollections settled,
            Clock clock) {
        this.held = held;
        this.totals = totals;
        this.transitions = transitions;
        this.settled = settled;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CardStatistics statistics() {
        Map<CardStatus, Long> byStatus = new EnumMap<>(CardStatus.class);
        for (CardStatus status : CardStatus.values()) {
            if (status.isAwaitingCollection()) {
                byStatus.put(status, 0L);
            }
        }
        for (StatusCount count : totals.byStatus(byStatus.keySet())) {
            byStatus.put(count.status(), count.cards());
        }
        return new CardStatistics(byStatus, collectedPerWeek(), ageing(byStatus));
    }

    /** Cards awaiting collection by days since printing; a card not yet printed is in none of the bands. */
    private List<CardStatistics.AgeBand> ageing(Map<CardStatus, Long> byStatus) {
        Set<CardStatus> printed = EnumSet.copyOf(byStatus.keySet());
        printed.remove(CardStatus.REQUESTED);
        Instant now = clock.instant();
        long[] recent = held.printedWithin90Days(
                        printed,
                        now.minus(Duration.ofDays(30)),
                        now.minus(Duration.ofDays(60)),
                        now.minus(Duration.ofDays(90)))
                .asBands();
        long[] counts = new long[AGE_BANDS.length];
        long older = printed.stream().mapToLong(byStatus::get).sum() - totals.notPrinted(printed);
        for (int band = 0; band < recent.length; band++) {
            counts[band] = recent[band];
            older -= counts[band];
        }
        counts[AGE_BANDS.length - 1] = older;
        List<CardStatistics.AgeBand> ageing = new ArrayList<>();
        for (int band = 0; band < counts.length; band++) {
            ageing.add(new CardStatistics.AgeBand(AGE_BANDS[band], counts[band]));
        }
        return ageing;
    }

    private List<CardStatistics.WeekCount> collectedPerWeek() {
        LocalDate thisWeek = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstWeek = thisWeek.minusWeeks(WEEKS - 1L);
        Map<LocalDate, Long> weeks = new LinkedHashMap<>();
        for (int week = 0; week < WEEKS; week++) {
            weeks.put(firstWeek.plusWeeks(week), 0L);
        }
        Instant from = firstWeek.atStartOfDay(UkTime.ZONE).toInstant();
        Instant yesterday = LocalDate.now(clock.withZone(ZoneOffset.UTC))
                .minusDays(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        // the first week is eleven weeks back, so always before yesterday
        List<DayCount> perDay = new ArrayList<>(settled.perDay(from, yesterday));
        perDay.addAll(transitions.collectedPerDay(yesterday));
        for (DayCount collected : perDay) {
            LocalDate week = collected.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weeks.computeIfPresent(week, (key, count) -> count + collected.cards());
        }
        List<CardStatistics.WeekCount> counts = new ArrayList<>();
        weeks.forEach((week, count) -> counts.add(new CardStatistics.WeekCount(week, count)));
        return counts;
    }
}
