package uk.nhs.smartcardportal.cards;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CardTransitionRepository extends JpaRepository<CardTransition, Long> {

    List<CardTransition> findByCardIdOrderByOccurredAtAscIdAsc(Long cardId);
}
