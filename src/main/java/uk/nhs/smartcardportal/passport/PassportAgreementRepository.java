package uk.nhs.smartcardportal.passport;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PassportAgreementRepository extends JpaRepository<PassportAgreement, Long> {

    List<PassportAgreement> findAllByOrderByValidFromDescNameAsc();

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
