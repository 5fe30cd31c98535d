package uk.nhs.smartcardportal.staff;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffMoveRepository extends JpaRepository<StaffMove, Long> {

    Optional<StaffMove> findByStaffIdAndAppliedAtIsNull(Long staffId);

    @EntityGraph(attributePaths = {"lineManager", "baseSite"})
    List<StaffMove> findByStaffIdInAndAppliedAtIsNull(Collection<Long> staffIds);

    /** Moves due by the day, locked; rows another instance holds are skipped, not waited for. */
    @Query(
            value = "select * from staff_move where applied_at is null and effective_date <= :today "
                    + "order by id limit :batch for update skip locked",
            nativeQuery = true)
    List<StaffMove> lockDueBy(LocalDate today, int batch);
}
