package uk.nhs.smartcardportal.passport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.ConcurrentChangeException;
import uk.nhs.smartcardportal.base.InputProblems;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.VersionCheck;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;

/** The Workforce Systems Team reads and corrects one person's compliance record; every edit is audited. */
@Service
@PreAuthorize(Roles.IS_WORKFORCE)
public class ComplianceService {

    private final ComplianceRecordRepository records;
    private final TrainingSubjectRepository subjects;
    private final PassportAssessor assessor;
    private final StaffService staff;
    private final AuditService audit;
    private final Clock clock;

    ComplianceService(
            ComplianceRecordRepository records,
            TrainingSubjectRepository subjects,
            PassportAssessor assessor,
            StaffService staff,
            AuditService audit,
            Clock clock) {
        this.records = records;
        this.subjects = subjects;
        this.assessor = assessor;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ComplianceForm form(long staffId) {
        Staff person = staff.find(staffId).orElseThrow(() -> new RecordNotFoundException("The person"));
        return records.findById(staffId)
                .map(record -> new ComplianceForm(
                        staffId,
                        person.getFullName(),
                        person.getEmployeeNumber(),
                        person.getStaffGroup(),
                        record.details(),
                        record.getVersion(),
                        true))
                .orElseGet(() -> new ComplianceForm(
                        staffId,
                        person.getFullName(),
                        person.getEmployeeNumber(),
                        person.getStaffGroup(),
                        new ComplianceDetails(null, null, null, null, null, Map.of()),
                        0,
                        false));
    }

    /**
     * Replaces the person's record with the values given (blank clears), and their staff group.
     *
     * @throws uk.nhs.smartcardportal.base.InvalidInputException naming every value that is wrong
     * @throws ConcurrentChangeException when someone else saved the record since it was read
     */
    @Transactional
    public void save(long staffId, long expectedVersion, String staffGroup, ComplianceDetails typed) {
        Staff person = staff.find(staffId).orElseThrow(() -> new RecordNotFoundException("The person"));
        InputProblems problems = new InputProblems();
        ComplianceDetails details = check(typed, staffGroup, problems);
        problems.throwIfAny();
        String group = staffGroup == null || staffGroup.isBlank()
                ? null
                : StaffGroup.fromName(staffGroup).orElseThrow().label();
        ComplianceRecord record = records.findById(staffId).orElse(null);
        VersionCheck.require(record == null ? 0 : record.getVersion(), expectedVersion, "compliance record");
        Map<String, Object> before = record == null ? null : record.describe();
        if (record == null) {
            record = new ComplianceRecord(staffId);
        }
        record.replace(details, clock.instant());
        records.saveAndFlush(record);
        audit.record("COMPLIANCE_EDITED", "Staff", staffId, before, record.describe());
        staff.recordStaffGroup(staffId, group);
        assessor.reassess(person);
    }

    /** Every value's problem at once, each against its field (the keys in {@link ComplianceDetails}). */
    private ComplianceDetails check(ComplianceDetails typed, String staffGroup, InputProblems problems) {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        String ods = ComplianceRules.odsCode(typed.employerOdsCode());
        add(problems, ComplianceDetails.EMPLOYER, ComplianceRules.odsCodeProblem(ods));
        if (staffGroup != null
                && !staffGroup.isBlank()
                && StaffGroup.fromName(staffGroup).isEmpty()) {
            problems.add(ComplianceDetails.STAFF_GROUP, "Choose one of the ESR staff groups.");
        }
        add(
                problems,
                ComplianceDetails.RIGHT_TO_WORK,
                prefixed("Right to work check", ComplianceRules.pastDateProblem(typed.rightToWorkCheckedOn(), today)));
        add(
                problems,
                ComplianceDetails.DBS_DATE,
                prefixed("DBS check", ComplianceRules.pastDateProblem(typed.dbsCheckedOn(), today)));
        String dbs = ComplianceRules.dbsProblem(typed.dbsLevel(), typed.dbsCheckedOn());
        add(problems, typed.dbsLevel() == null ? ComplianceDetails.DBS_LEVEL : ComplianceDetails.DBS_DATE, dbs);
        add(
                problems,
                ComplianceDetails.OCCUPATIONAL_HEALTH,
                prefixed(
                        "Occupational health clearance",
                        ComplianceRules.pastDateProblem(typed.occupationalHealthClearedOn(), today)));
        Map<String, String> names = subjects.findAll().stream()
                .collect(Collectors.toMap(TrainingSubject::getCode, TrainingSubject::getName));
        Set<String> known = names.keySet();
        add(problems, ComplianceDetails.TRAINING, ComplianceRules.unknownSubjects(typed.training(), known));
        Map<String, TrainingCompletion> training = new LinkedHashMap<>();
        typed.training().forEach((code, completion) -> {
            add(
                    problems,
                    ComplianceDetails.completedField(code),
                    prefixed(names.get(code), ComplianceRules.pastDateProblem(completion.completedOn(), today)));
            add(
                    problems,
                    ComplianceDetails.expiresField(code),
                    prefixed(names.get(code), ComplianceRules.expiryProblem(completion, today)));
            training.put(code, completion);
        });
        return new ComplianceDetails(
                ods,
                typed.rightToWorkCheckedOn(),
                typed.dbsLevel(),
                typed.dbsCheckedOn(),
                typed.occupationalHealthClearedOn(),
                training);
    }

    private static void add(InputProblems problems, String field, String problem) {
        if (problem != null) {
            problems.add(field, problem);
        }
    }

    private static String prefixed(String what, String problem) {
        return problem == null ? null : what + ": " + problem;
    }
}
