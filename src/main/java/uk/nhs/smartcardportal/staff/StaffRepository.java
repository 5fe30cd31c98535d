package uk.nhs.smartcardportal.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StaffRepository extends JpaRepository<Staff, Long> {

    Optional<Staff> findByIdpSubject(String idpSubject);

    Optional<Staff> findByWorkEmailIgnoreCase(String workEmail);

    Optional<Staff> findByEmployeeNumber(String employeeNumber);

    @EntityGraph(attributePaths = {"baseSite", "lineManager"})
    List<Staff> findByEmployeeNumberIn(Collection<String> employeeNumbers);

    @Query("select s from Staff s where lower(s.workEmail) in :emails")
    List<Staff> findByLowerCaseWorkEmailIn(Collection<String> emails);

    String MATCHING = """
            from Staff s left join s.baseSite b
            where :text is null
               or lower(s.lastName) like :text escape '!' or lower(s.firstName) like :text escape '!'
               or lower(concat(s.firstName, ' ', s.lastName)) like :text escape '!'
               or lower(s.employeeNumber) like :text escape '!' or lower(s.workEmail) like :text escape '!'
            """;

    @Query("select new uk.nhs.smartcardportal.staff.StaffSummary(s.id, s.employeeNumber, s.firstName, s.lastName, "
            + "s.workEmail, s.jobTitle, s.department, b.name, "
            + "case when s.idpSubject is null then false else true end) " + MATCHING)
    List<StaffSummary> search(@Nullable @Param("text") String likePattern, Pageable pageable);
}
