package uk.nhs.smartcardportal.cards.custody;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CardStatusChanged;
import uk.nhs.smartcardportal.cards.CardTransitionRepository;
import uk.nhs.smartcardportal.cards.DayCount;

/**
 * Collections per day up to the start of yesterday, counted once for the dashboard's weeks rather than on every
 * opening: a hand-over is recorded when it happens, so those days no longer change (at a region's size the count was
 * the dashboard's second slowest statement). Yesterday and today are counted live, which also covers a hand-over whose
 * transaction commits just after midnight.
 */
@Component
class SettledCollections {

    private record Counted(Instant from, Instant until, List<DayCount> days) {}

    private final CardTransitionRepository transitions;
    private volatile Counted counted;

    SettledCollections(CardTransitionRepository transitions) {
        this.transitions = transitions;
    }

    /** Collections per UTC day from {@code from} up to, not including, {@code until}. */
    List<DayCount> perDay(Instant from, Instant until) {
        Counted known = counted;
        if (known == null || !known.from().equals(from) || !known.until().equals(until)) {
            known = new Counted(from, until, List.copyOf(transitions.collectedPerDayBetween(from, until)));
            counted = known;
        }
        return known.days();
    }

    /** A collection recorded as of a settled day (only when a clock is moved back, as tests do) is counted again. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onCardStatusChanged(CardStatusChanged change) {
        Counted known = counted;
        if (change.to() == CardStatus.COLLECTED && known != null && change.at().isBefore(known.until())) {
            counted = null;
        }
    }
}
