package uk.nhs.smartcardportal.passport;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingSubjectRepository extends JpaRepository<TrainingSubject, String> {

    List<TrainingSubject> findAllByOrderBySortOrder();
}
