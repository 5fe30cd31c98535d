package uk.nhs.smartcardportal.stock;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StockHoldingRepository extends JpaRepository<StockHolding, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from StockHolding h where h.item.id = :itemId and h.site.id = :siteId")
    Optional<StockHolding> lock(Long itemId, Long siteId);

    boolean existsByItemIdAndSiteId(Long itemId, Long siteId);

    @Query("select new uk.nhs.smartcardportal.stock.StockLevel(i.id, i.name, i.unit, s.id, s.name, "
            + "coalesce(sum(m.quantity), 0), h.reorderLevel) from StockHolding h join h.item i join h.site s "
            + "left join StockMovement m on m.holdingId = h.id group by i.id, i.name, i.unit, s.id, s.name, "
            + "h.reorderLevel having count(m.id) > 0 or h.reorderLevel is not null order by i.name, s.name")
    List<StockLevel> levels();
}
