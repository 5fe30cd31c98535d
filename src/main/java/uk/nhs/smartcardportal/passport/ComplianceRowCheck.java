package uk.nhs.smartcardportal.passport;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.smartcardportal.base.imports.CsvImportFile;
import uk.nhs.smartcardportal.base.imports.ImportDates;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.staff.Staff;

/** Checks one line: every problem is added with its line and column; returns null when there is any. */
final class ComplianceRowCheck {

    private final CsvImportFile.Row<ComplianceColumn> row;
    private final List<ImportProblem> problems;
    private final LocalDate today;
    private final int before;

    ComplianceRowCheck(CsvImportFile.Row<ComplianceColumn> row, List<ImportProblem> problems, LocalDate today) {
        this.row = row;
        this.problems = problems;
        this.today = today;
        this.before = problems.size();
    }

    ComplianceImportService.Planned planned(
            Map<String, Staff> people, Map<Long, ComplianceRecord> held, Set<String> seen) {
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
        ComplianceImportService.Change change = ComplianceImportService.Change.CREATE;
        if (record != null) {
            ComplianceDetails current = record.details();
            ComplianceRecord merged = new ComplianceRecord(person.getId());
            merged.apply(current, null);
            merged.apply(given, null);
            boolean groupChanges = group != null && !group.equals(person.getStaffGroup());
            change = merged.details().equals(current) && !groupChanges
                    ? ComplianceImportService.Change.UNCHANGED
                    : ComplianceImportService.Change.UPDATE;
        }
        return new ComplianceImportService.Planned(person.getId(), given, group, change);
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
