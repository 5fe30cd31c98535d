package uk.nhs.smartcardportal.cards.custody;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.nhs.smartcardportal.cards.CardStatus;

/**
 * The dashboard's card figures, all counted by the database. Statuses are counted only while the card is still on its
 * way to the person: those that ended (collected, cancelled, lost) grow with every year and are seen per week instead.
 */
public record CardStatistics(
        Map<CardStatus, Long> inProgressByStatus, List<WeekCount> collectedPerWeek, List<AgeBand> uncollectedAgeing) {

    /** Cards collected in the week starting on the Monday given. */
    public record WeekCount(LocalDate weekStarting, long count) {}

    /** Cards awaiting collection that were printed within a band of days ago. */
    public record AgeBand(String label, long count) {}
}
