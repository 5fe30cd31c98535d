package uk.nhs.smartcardportal.cards;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CardTransitionRepository extends JpaRepository<CardTransition, Long> {

    List<CardTransition> findByCardIdOrderByOccurredAtAscIdAsc(Long cardId);

    /** Cards collected per UTC day since the instant given: one row per day, [date, count]. */
    @org.springframework.data.jpa.repository.Query("select cast(t.occurredAt as LocalDate), count(t) "
            + "from CardTransition t where t.toStatus = uk.nhs.smartcardportal.cards.CardStatus.COLLECTED "
            + "and t.occurredAt >= :from group by cast(t.occurredAt as LocalDate)")
    List<Object[]> collectedPerDay(java.time.Instant from);

    /** Cards still awaiting collection, counted by how long ago they were printed: [≤30, 31–60, 61–90, >90 days]. */
    @org.springframework.data.jpa.repository.Query("select "
            + "sum(case when t.occurredAt >= :days30 then 1 else 0 end), "
            + "sum(case when t.occurredAt < :days30 and t.occurredAt >= :days60 then 1 else 0 end), "
            + "sum(case when t.occurredAt < :days60 and t.occurredAt >= :days90 then 1 else 0 end), "
            + "sum(case when t.occurredAt < :days90 then 1 else 0 end) "
            + "from CardTransition t, Smartcard c where c.id = t.cardId "
            + "and t.fromStatus = uk.nhs.smartcardportal.cards.CardStatus.REQUESTED "
            + "and t.toStatus = uk.nhs.smartcardportal.cards.CardStatus.PRINTED and c.status in ("
            + "uk.nhs.smartcardportal.cards.CardStatus.PRINTED, uk.nhs.smartcardportal.cards.CardStatus.IN_STORE, "
            + "uk.nhs.smartcardportal.cards.CardStatus.ALLOCATED, uk.nhs.smartcardportal.cards.CardStatus.AT_SESSION, "
            + "uk.nhs.smartcardportal.cards.CardStatus.NOT_COLLECTED)")
    List<Object[]> uncollectedAgeing(java.time.Instant days30, java.time.Instant days60, java.time.Instant days90);
}
