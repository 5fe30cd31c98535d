package uk.nhs.smartcardportal.passport;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplianceRecordRepository extends JpaRepository<ComplianceRecord, Long> {

    /** The records with their training in one query (not one more query per person). */
    @Query("select distinct c from ComplianceRecord c left join fetch c.training where c.staffId in :staffIds")
    List<ComplianceRecord> findByStaffIdIn(Collection<Long> staffIds);
}
