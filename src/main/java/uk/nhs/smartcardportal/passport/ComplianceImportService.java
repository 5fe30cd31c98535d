package uk.nhs.smartcardportal.passport;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.imports.CsvImportFile;
import uk.nhs.smartcardportal.base.imports.ImportDates;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.security.Roles;
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
    private static final int CHUNK = 250;

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
        for (int from = 0; from < changing.size(); from += CHUNK) {
            for (Planned row : changing.subList(from, Math.min(changing.size(), from + CHUNK))) {
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
            entityManager.flush();
            entityManager.clear();
            progress.update("Importing", Math.min(changing.size(), from + CHUNK), changing.size());
        }
        if (!changing.isEmpty()) {
            progress.update("Working out passport answers", 0, 1);
            assessor.reassessEveryone();
        }
        ComplianceImportReport report = plan.report(true);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", fileName == null ? "" : fileName);
        summary.put("rows", report.rows());
        summary.put("created", report.created());
        summary.put("updated", report.updated());
        summary.put("unchanged", report.unchanged());
        audit.record("COMPLIANCE_EXTRACT_IMPORTED", "ComplianceImport", null, null, summary);
        return report;
    }

    private enum Change {
        CREATE,
        UPDATE,
        UNCHANGED
    }

    private record Planned(long staffId, ComplianceDetails given, String staffGroup, Change change) {}

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
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<CsvImportFile.Row<ComplianceColumn>> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
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
                Planned plannedRow = new RowCheck(row, problems, today).planned(people, held, seen);
                if (plannedRow != null) {
                    planned.add(plannedRow);
                }
            }
            entityManager.clear();
            progress.update("Checking", Math.min(rows.size(), from + CHUNK), rows.size());
        }
        return new Plan(rows.size(), planned, problems);
    }

    /** Checks one line: every problem is added with its line and column; returns null when there is any. */
    private static final class RowCheck {

        private final CsvImportFile.Row<ComplianceColumn> row;
        private final List<ImportProblem> problems;
        private final LocalDate today;
        private final int before;

        RowCheck(CsvImportFile.Row<ComplianceColumn> row, List<ImportProblem> problems, LocalDate today) {
            this.row = row;
            this.problems = problems;
            this.today = today;
            this.before = problems.size();
        }

        Planned planned(Map<String, Staff> people, Map<Long, ComplianceRecord> held, Set<String> seen) {
            String number = row.get(ComplianceColumn.EMPLOYEE_NUMBER);
            Staff person = null;
            if (number == null) {
                problem(ComplianceColumn.EMPLOYEE_NUMBER, "The employee number is missing.");
            } else if (!seen.add(number)) {
                problem(ComplianceColumn.EMPLOYEE_NUMBER, "This person is on an earlier line too.");
            } else {
                person = people.get(number);
                if (person == null) {
                    problem(
                            ComplianceColumn.EMPLOYEE_NUMBER,
                            "No one on the staff list has this employee number. " + "Import them as a starter first.");
                }
            }
            String ods = ComplianceRules.odsCode(row.get(ComplianceColumn.EMPLOYER));
            check(ComplianceColumn.EMPLOYER, ComplianceRules.odsCodeProblem(ods));
            String group = staffGroup();
            LocalDate rightToWork = pastDate(ComplianceColumn.RIGHT_TO_WORK);
            DbsLevel dbsLevel = dbsLevel();
            LocalDate dbsDate = pastDate(ComplianceColumn.DBS_DATE);
            check(ComplianceColumn.DBS_LEVEL, ComplianceRules.dbsProblem(dbsLevel, dbsDate));
            LocalDate occupationalHealth = pastDate(ComplianceColumn.OCCUPATIONAL_HEALTH);
            Map<String, TrainingCompletion> training = training();
            if (problems.size() > before) {
                return null;
            }
            ComplianceDetails given =
                    new ComplianceDetails(ods, rightToWork, dbsLevel, dbsDate, occupationalHealth, training);
            ComplianceRecord record = held.get(person.getId());
            Change change = Change.CREATE;
            if (record != null) {
                ComplianceDetails current = record.details();
                ComplianceRecord merged = new ComplianceRecord(person.getId());
                merged.apply(current, null);
                merged.apply(given, null);
                boolean groupChanges = group != null && !group.equals(person.getStaffGroup());
                change = merged.details().equals(current) && !groupChanges ? Change.UNCHANGED : Change.UPDATE;
            }
            return new Planned(person.getId(), given, group, change);
        }

        private String staffGroup() {
            String value = row.get(ComplianceColumn.STAFF_GROUP);
            if (value == null) {
                return null;
            }
            return StaffGroup.fromName(value).map(StaffGroup::label).orElseGet(() -> {
                problem(
                        ComplianceColumn.STAFF_GROUP,
                        "This is not one of the ESR staff groups, such as Nursing and "
                                + "Midwifery Registered or Medical and Dental.");
                return null;
            });
        }

        private DbsLevel dbsLevel() {
            String value = row.get(ComplianceColumn.DBS_LEVEL);
            if (value == null) {
                return null;
            }
            return DbsLevel.fromName(value).orElseGet(() -> {
                problem(ComplianceColumn.DBS_LEVEL, "Write Basic, Standard, Enhanced or Enhanced with barred lists.");
                return null;
            });
        }

        private Map<String, TrainingCompletion> training() {
            Map<String, LocalDate> completed = new HashMap<>();
            Map<String, LocalDate> expires = new HashMap<>();
            Map<String, ComplianceColumn> expiryColumns = new HashMap<>();
            row.values().forEach((column, value) -> {
                if (column.subjectCode() == null) {
                    return;
                }
                LocalDate date = date(column);
                if (date == null) {
                    return;
                }
                if (column.expiry()) {
                    expires.put(column.subjectCode(), date);
                    expiryColumns.put(column.subjectCode(), column);
                } else if (check(column, ComplianceRules.pastDateProblem(date, today))) {
                    completed.put(column.subjectCode(), date);
                }
            });
            Map<String, TrainingCompletion> training = new HashMap<>();
            Set<String> codes = new HashSet<>(completed.keySet());
            codes.addAll(expires.keySet());
            for (String code : codes) {
                TrainingCompletion completion = new TrainingCompletion(completed.get(code), expires.get(code));
                if (expires.containsKey(code)) {
                    check(expiryColumns.get(code), ComplianceRules.expiryProblem(completion, today));
                }
                training.put(code, completion);
            }
            return training;
        }

        private LocalDate pastDate(ComplianceColumn column) {
            LocalDate date = date(column);
            return date != null && check(column, ComplianceRules.pastDateProblem(date, today)) ? date : null;
        }

        private LocalDate date(ComplianceColumn column) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            return ImportDates.parse(value).orElseGet(() -> {
                problem(column, ImportDates.HOW_TO_WRITE);
                return null;
            });
        }

        /** Adds the problem, if any; true when there is none. */
        private boolean check(ComplianceColumn column, String problem) {
            if (problem != null) {
                problem(column, problem);
                return false;
            }
            return true;
        }

        private void problem(ComplianceColumn column, String message) {
            problems.add(new ImportProblem(row.line(), column.header(), message));
        }
    }
}
