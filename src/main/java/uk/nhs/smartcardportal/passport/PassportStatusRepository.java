package uk.nhs.smartcardportal.passport;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PassportStatusRepository extends JpaRepository<PassportStatus, Long> {

    String ROWS = "select new uk.nhs.smartcardportal.passport.PassportRow(s.id, s.employeeNumber, s.firstName, "
            + "s.lastName, s.staffGroup, p.outcome, p.toDo, p.warnings, p.nextExpiry, p.assessedOn) ";
    String FILTER = "from uk.nhs.smartcardportal.staff.Staff s left join PassportStatus p on p.staffId = s.id "
            + "where (:manager is null or s.lineManager.id = :manager) "
            + "and (:outcome is null or p.outcome = :outcome) "
            + "and (:staffGroup is null or s.staffGroup = :staffGroup) "
            + "and (:text is null or lower(s.firstName) like :text escape '!' or lower(s.lastName) like :text "
            + "escape '!' or lower(concat(s.firstName, ' ', s.lastName)) like :text escape '!' "
            + "or lower(s.employeeNumber) like :text escape '!') "
            + "and (:expiringBy is null or p.nextExpiry <= :expiringBy) ";

    @Query(ROWS + FILTER + "order by s.lastName, s.firstName, s.id")
    List<PassportRow> rows(
            @Nullable Long manager,
            @Nullable PassportOutcome outcome,
            @Nullable String staffGroup,
            @Nullable String text,
            @Nullable LocalDate expiringBy,
            Pageable page);

    @Query("select count(s) " + FILTER)
    long countRows(
            @Nullable Long manager,
            @Nullable PassportOutcome outcome,
            @Nullable String staffGroup,
            @Nullable String text,
            @Nullable LocalDate expiringBy);

    @Query("select new uk.nhs.smartcardportal.passport.OutcomeCount(p.outcome, count(s)) " + FILTER
            + "group by p.outcome")
    List<OutcomeCount> countByOutcome(
            @Nullable Long manager,
            @Nullable PassportOutcome outcome,
            @Nullable String staffGroup,
            @Nullable String text,
            @Nullable LocalDate expiringBy);
}
