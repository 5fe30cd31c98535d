package uk.nhs.smartcardportal.staff;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffRepository extends JpaRepository<Staff, Long> {

    Optional<Staff> findByIdpSubject(String idpSubject);

    Optional<Staff> findByWorkEmailIgnoreCase(String workEmail);

    Optional<Staff> findByEmployeeNumber(String employeeNumber);
}
