package uk.nhs.smartcardportal.stock;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StockMovementRepository extends JpaRepository<StockMovement, Long> {

    @Query("select coalesce(sum(m.quantity), 0) from StockMovement m where m.holdingId = :holdingId")
    long levelOf(Long holdingId);
}
