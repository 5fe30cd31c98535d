package uk.nhs.smartcardportal.passport;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.imports.CsvImportFile;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.base.imports.ImportWork;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * Imports pre-employment checks and training from an ESR extract (CSV, one person per line, matched by employee
 * number). Every line is checked first; the import is all-or-nothing; an empty cell keeps what is held, so importing
 * the same file again changes nothing. Columns: docs/passport.md.
 */
@Service
@PreAuthorize(Roles.IS_WORKFORCE)
public class ComplianceImportService {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int MAX_ROWS = 100_000;

    private final ComplianceRecordRepository records;
    private final TrainingSubjectRepository subjects;
    private final PassportAssessor assessor;
    private final StaffService staff;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final Clock clock;

    ComplianceImportService(
            ComplianceRecordRepository records,
            TrainingSubjectRepository subjects,
            PassportAssessor assessor,
            StaffService staff,
            AuditService audit,
            EntityManager entityManager,
            Clock clock) {
        this.records = records;
        this.subjects = subjects;
        this.assessor = assessor;
        this.staff = staff;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The columns a file can have, in the order the documentation lists them. */
    @Transactional(readOnly = true)
    public List<String> columns() {
        return ComplianceColumn.all(subjects.findAllByOrderBySortOrder()).stream()
                .map(ComplianceColumn::header)
                .toList();
    }

    @Transactional(readOnly = true)
    public ComplianceImportReport check(byte[] file, ImportProgress progress) {
        Plan plan = plan(file, progress);
        return plan.report(false);
    }

    @Transactional
    public ComplianceImportReport importFile(String fileName, byte[] file, ImportProgress progress) {
        Plan plan = plan(file, progress);
        if (!plan.problems.isEmpty()) {
            return plan.report(false);
        }
        List<Planned> changing =
                plan.rows.stream().filter(row -> row.change != Change.UNCHANGED).toList();
        ImportWork.inChunks(changing, entityManager, progress, chunk -> {
            for (Planned row : chunk) {
                ComplianceRecord record =
                        records.findById(row.staffId).orElseGet(() -> new ComplianceRecord(row.staffId));
                Map<String, Object> before = row.change == Change.CREATE ? null : record.describe();
                record.apply(row.given, clock.instant());
                records.save(record);
                audit.record("COMPLIANCE_IMPORTED", "Staff", row.staffId, before, record.describe());
                if (row.staffGroup != null) {
                    staff.recordStaffGroup(row.staffId, row.staffGroup);
                }
            }
        });
        if (!changing.isEmpty()) {
            progress.update("Working out passport answers", 0, 1);
            assessor.reassessEveryone();
        }
        ComplianceImportReport report = plan.report(true);
        audit.record(
                "COMPLIANCE_EXTRACT_IMPORTED", "ComplianceImport", null, null, ImportWork.summary(fileName, report));
        return report;
    }

    enum Change {
        CREATE,
        UPDATE,
        UNCHANGED
    }

    record Planned(long staffId, ComplianceDetails given, String staffGroup, Change change) {}

    private record Plan(int size, List<Planned> rows, List<ImportProblem> problems) {

        ComplianceImportReport report(boolean imported) {
            if (!problems.isEmpty()) {
                return new ComplianceImportReport(size, 0, 0, 0, List.copyOf(problems), false);
            }
            return new ComplianceImportReport(
                    size, count(Change.CREATE), count(Change.UPDATE), count(Change.UNCHANGED), List.of(), imported);
        }

        private int count(Change change) {
            return (int) rows.stream().filter(row -> row.change == change).count();
        }
    }

    private Plan plan(byte[] file, ImportProgress progress) {
        List<TrainingSubject> known = subjects.findAllByOrderBySortOrder();
        List<ComplianceColumn> columns = ComplianceColumn.all(known);
        CsvImportFile<ComplianceColumn> reader = new CsvImportFile<>(
                text -> ComplianceColumn.named(text, columns),
                ComplianceColumn::header,
                List.of(ComplianceColumn.EMPLOYEE_NUMBER),
                MAX_ROWS,
                "the compliance report from ESR");
        CsvImportFile.Contents<ComplianceColumn> contents = reader.read(file);
        List<ImportProblem> problems = new ArrayList<>(contents.problems());
        if (!problems.isEmpty()) {
            return new Plan(contents.rows().size(), List.of(), problems);
        }
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        List<CsvImportFile.Row<ComplianceColumn>> rows = contents.rows();
        List<Planned> planned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int from = 0; from < rows.size(); from += ImportWork.CHUNK) {
            List<CsvImportFile.Row<ComplianceColumn>> chunk =
                    rows.subList(from, Math.min(rows.size(), from + ImportWork.CHUNK));
            Set<String> numbers = new HashSet<>();
            chunk.forEach(row -> {
                if (row.get(ComplianceColumn.EMPLOYEE_NUMBER) != null) {
                    numbers.add(row.get(ComplianceColumn.EMPLOYEE_NUMBER));
                }
            });
            Map<String, Staff> people = staff.findByEmployeeNumbers(numbers);
            Map<Long, ComplianceRecord> held = new HashMap<>();
            List<Long> ids = people.values().stream().map(Staff::getId).toList();
            if (!ids.isEmpty()) {
                records.findByStaffIdIn(ids).forEach(record -> held.put(record.getStaffId(), record));
            }
            for (CsvImportFile.Row<ComplianceColumn> row : chunk) {
                Planned plannedRow = new ComplianceRowCheck(row, problems, today).planned(people, held, seen);
                if (plannedRow != null) {
                    planned.add(plannedRow);
                }
            }
            entityManager.clear();
            progress.update("Checking", Math.min(rows.size(), from + ImportWork.CHUNK), rows.size());
        }
        return new Plan(rows.size(), planned, problems);
    }
}
