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

    List<Staff> findByOrigin(StaffOrigin origin);

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Staff s where s.id = :id")
    Optional<Staff> lockById(Long id);

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

    /** Leavers whose day has come and whom the portal has not finished with, locked; others' rows are skipped. */
    @Query(
            value = "select * from staff where leaving_date <= :today and record_ended_at is null "
                    + "order by id limit :batch for update skip locked",
            nativeQuery = true)
    List<Staff> lockLeaversDueBy(java.time.LocalDate today, int batch);

    /** Everyone the staff list brought who has not left: the people a full extract should list. */
    @Query("select s.id as id, s.employeeNumber as employeeNumber, s.missingFromStaffListSince as missingSince "
            + "from Staff s where s.origin = uk.nhs.smartcardportal.staff.StaffOrigin.STAFF_LIST "
            + "and s.recordEndedAt is null")
    List<OnStaffList> onStaffList();

    interface OnStaffList {
        Long getId();

        String getEmployeeNumber();

        java.time.@Nullable LocalDate getMissingSince();
    }

    @org.springframework.data.jpa.repository.Modifying
    @Query("update Staff s set s.missingFromStaffListSince = :since, s.version = s.version + 1 where s.id in :ids")
    int markMissingSince(Collection<Long> ids, java.time.@Nullable LocalDate since);

    @EntityGraph(attributePaths = {"baseSite", "lineManager"})
    @Query("select s from Staff s where s.missingFromStaffListSince is not null and s.recordEndedAt is null "
            + "order by s.missingFromStaffListSince, s.lastName, s.firstName, s.id")
    List<Staff> notOnStaffList(Pageable pageable);

    @Query("select count(s) from Staff s where s.missingFromStaffListSince is not null and s.recordEndedAt is null")
    long countNotOnStaffList();

    String NEEDS_A_MANAGER =
            "from Staff s join s.lineManager m " + "where m.recordEndedAt is not null and s.recordEndedAt is null ";

    @EntityGraph(attributePaths = {"baseSite", "lineManager"})
    @Query("select s " + NEEDS_A_MANAGER + "order by s.lastName, s.firstName, s.id")
    List<Staff> needingAManager(Pageable pageable);

    @Query("select count(s) " + NEEDS_A_MANAGER)
    long countNeedingAManager();
}
