package uk.nhs.smartcardportal.cards;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CardRequestRepository extends JpaRepository<CardRequest, Long> {

    List<CardRequest> findByStaffIdOrderByRequestedAtDesc(Long staffId);
}
