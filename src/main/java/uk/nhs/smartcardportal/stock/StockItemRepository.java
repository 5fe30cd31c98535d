package uk.nhs.smartcardportal.stock;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StockItemRepository extends JpaRepository<StockItem, Long> {

    Optional<StockItem> findByCode(String code);

    boolean existsByNameIgnoreCase(String name);
}
