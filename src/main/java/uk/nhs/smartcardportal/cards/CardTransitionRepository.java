package uk.nhs.smartcardportal.cards;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CardTransitionRepository extends JpaRepository<CardTransition, Long> {

    List<CardTransition> findByCardIdOrderByOccurredAtAscIdAsc(Long cardId);

    long countByCardIdAndToStatus(Long cardId, CardStatus toStatus);

    java.util.Optional<CardTransition> findFirstByCardIdOrderByIdDesc(Long cardId);

    /** Cards collected per UTC day since the instant given: one row per day. */
    @org.springframework.data.jpa.repository.Query("select new uk.nhs.smartcardportal.cards.DayCount("
            + "cast(t.occurredAt as LocalDate), count(t)) "
            + "from CardTransition t where t.toStatus = uk.nhs.smartcardportal.cards.CardStatus.COLLECTED "
            + "and t.occurredAt >= :from group by cast(t.occurredAt as LocalDate)")
    List<DayCount> collectedPerDay(java.time.Instant from);

    /** Cards collected per UTC day from the first instant given up to, not including, the second. */
    @org.springframework.data.jpa.repository.Query("select new uk.nhs.smartcardportal.cards.DayCount("
            + "cast(t.occurredAt as LocalDate), count(t)) "
            + "from CardTransition t where t.toStatus = uk.nhs.smartcardportal.cards.CardStatus.COLLECTED "
            + "and t.occurredAt >= :from and t.occurredAt < :until group by cast(t.occurredAt as LocalDate)")
    List<DayCount> collectedPerDayBetween(java.time.Instant from, java.time.Instant until);
}
