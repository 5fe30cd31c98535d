package uk.nhs.smartcardportal.passport;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplianceRecordRepository extends JpaRepository<ComplianceRecord, Long> {

    List<ComplianceRecord> findByStaffIdIn(Collection<Long> staffIds);
}
