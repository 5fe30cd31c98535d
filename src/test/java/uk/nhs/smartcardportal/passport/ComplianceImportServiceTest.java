package uk.nhs.smartcardportal.passport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** The ESR compliance import on real MariaDB: checked line by line, all-or-nothing, and idempotent. */
@IntegrationTest
class ComplianceImportServiceTest {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String HEADER = "Employee number,Employer ODS code,Staff group,Right to work checked on,"
            + "DBS level,DBS checked on,Occupational health cleared on,Fire safety completed,Fire safety expires,"
            + "INFORMATION_GOVERNANCE completed\n";

    @Autowired
    ComplianceImportService imports;

    @Autowired
    PassportService passports;

    @Autowired
    CardFixtures cards;

    @Autowired
    StaffRepository staff;

    @Autowired
    JdbcTemplate jdbc;

    private static byte[] csv(String body) {
        return (HEADER + body).getBytes(StandardCharsets.UTF_8);
    }

    private static String line(Staff person, String group, LocalDate checked) {
        String date = UK.format(checked);
        return person.getEmployeeNumber() + ",REM," + group + "," + date + ",Enhanced," + date + "," + date + "," + date
                + "," + UK.format(checked.plusYears(2)) + "," + date + "\n";
    }

    private int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void aFileIsCheckedThenImportedAndImportingItAgainChangesNothing() {
        Staff nurse = cards.newPerson("Esr", "Nurse");
        Staff porter = cards.newPerson("Esr", "Porter");
        LocalDate checked = LocalDate.now().minusMonths(2);
        byte[] file = csv(line(nurse, "Nursing and Midwifery Registered", checked)
                + line(porter, "Estates & Ancillary", checked));
        SignIn.as(DemoUsers.ADMIN, staff);

        ComplianceImportReport preview = imports.check(file, ImportProgress.NONE);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.created()).isEqualTo(2);
        assertThat(preview.imported()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from compliance_record where staff_id = ?", Integer.class, nurse.getId()))
                .isZero();

        ComplianceImportReport imported = imports.importFile("esr.csv", file, ImportProgress.NONE);
        assertThat(imported.imported()).isTrue();
        assertThat(imported.created()).isEqualTo(2);
        MyPassport nursePassport = passports.passportOf(nurse.getId());
        assertThat(nursePassport.staffGroup()).isEqualTo("Nursing and Midwifery Registered");
        assertThat(nursePassport.assessment().criteria())
                .filteredOn(c -> c.name().equals("Fire safety"))
                .singleElement()
                .extracting(Criterion::state)
                .isEqualTo(CriterionState.MET);
        assertThat(staff.findById(porter.getId()).orElseThrow().getStaffGroup()).isEqualTo("Estates and Ancillary");

        int records = rows("compliance_record");
        int training = rows("training_record");
        int audit = rows("audit_event");
        ComplianceImportReport again = imports.importFile("esr.csv", file, ImportProgress.NONE);

        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.changing()).isZero();
        assertThat(rows("compliance_record")).isEqualTo(records);
        assertThat(rows("training_record")).isEqualTo(training);
        assertThat(rows("audit_event")).as("only the import itself is audited").isEqualTo(audit + 1);
    }

    @Test
    void anEmptyCellKeepsWhatIsHeldAndANewDateUpdates() {
        Staff person = cards.newPerson("Sparse", "Extract");
        LocalDate checked = LocalDate.now().minusMonths(3);
        SignIn.as(DemoUsers.ADMIN, staff);
        imports.importFile("full.csv", csv(line(person, "Allied Health Professionals", checked)), ImportProgress.NONE);

        LocalDate renewed = LocalDate.now().minusDays(1);
        ComplianceImportReport report = imports.importFile(
                "sparse.csv",
                ("Employee number,Fire safety completed\n" + person.getEmployeeNumber() + "," + UK.format(renewed)
                                + "\n")
                        .getBytes(StandardCharsets.UTF_8),
                ImportProgress.NONE);

        assertThat(report.updated()).isEqualTo(1);
        SignIn.as(DemoUsers.ADMIN, staff);
        ComplianceDetails held = compliance(person);
        assertThat(held.rightToWorkCheckedOn()).isEqualTo(checked);
        assertThat(held.training().get("FIRE_SAFETY").completedOn()).isEqualTo(renewed);
        assertThat(held.training().get("FIRE_SAFETY").expiresOn())
                .as("the held expiry stays")
                .isEqualTo(checked.plusYears(2));
    }

    @Autowired
    ComplianceService complianceService;

    private ComplianceDetails compliance(Staff person) {
        return complianceService.form(person.getId()).details();
    }

    @Test
    void everyProblemIsReportedByLineAndColumnAndNothingIsImported() {
        Staff good = cards.newPerson("Good", "Line");
        Staff bad = cards.newPerson("Bad", "Line");
        LocalDate checked = LocalDate.now().minusMonths(1);
        String tomorrow = UK.format(LocalDate.now().plusDays(1));
        byte[] file = csv(line(good, "Medical and Dental", checked)
                + bad.getEmployeeNumber() + ",not-ods!,Jugglers," + tomorrow + ",Super,31/02/2026,,"
                + "01/01/2026,01/12/2025,\n"
                + "E999999999,,,,,,,,,\n"
                + good.getEmployeeNumber() + ",,,,,,,,,\n"
                + ",,,,,,,,,\n");
        int records = rows("compliance_record");
        int audit = rows("audit_event");
        SignIn.as(DemoUsers.ADMIN, staff);

        ComplianceImportReport report = imports.importFile("bad.csv", file, ImportProgress.NONE);

        assertThat(report.imported()).isFalse();
        assertThat(report.problems())
                .extracting(ImportProblem::line, ImportProblem::column)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(3L, "Employer ODS code"),
                        org.assertj.core.groups.Tuple.tuple(3L, "Staff group"),
                        org.assertj.core.groups.Tuple.tuple(3L, "Right to work checked on"),
                        org.assertj.core.groups.Tuple.tuple(3L, "DBS level"),
                        org.assertj.core.groups.Tuple.tuple(3L, "DBS checked on"),
                        org.assertj.core.groups.Tuple.tuple(3L, "Fire safety expires"),
                        org.assertj.core.groups.Tuple.tuple(4L, "Employee number"),
                        org.assertj.core.groups.Tuple.tuple(5L, "Employee number"),
                        org.assertj.core.groups.Tuple.tuple(6L, "Employee number"));
        assertThat(rows("compliance_record")).isEqualTo(records);
        assertThat(rows("audit_event")).isEqualTo(audit);
    }

    @Test
    void theHeaderIsCheckedBeforeAnyLine() {
        SignIn.as(DemoUsers.ADMIN, staff);

        ComplianceImportReport unknown = imports.check(
                "Employee number,Shoe size\nE1,9\n".getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        ComplianceImportReport missing = imports.check(
                "Staff group\nMedical and Dental\n".getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        ComplianceImportReport notUtf8 = imports.check(new byte[] {'E', 'm', (byte) 0xE9, '\n'}, ImportProgress.NONE);

        assertThat(unknown.problems())
                .singleElement()
                .extracting(ImportProblem::column)
                .isEqualTo("Shoe size");
        assertThat(missing.problems())
                .singleElement()
                .extracting(ImportProblem::message)
                .isEqualTo("This column is needed and is missing.");
        assertThat(notUtf8.problems())
                .singleElement()
                .extracting(ImportProblem::message)
                .asString()
                .contains("not UTF-8");
    }

    @Test
    void aLargeExtractReportsItsProgress() {
        String prefix = "X" + System.nanoTime() % 100_000 + "-";
        LocalDate checked = LocalDate.now().minusMonths(2);
        List<Object[]> people = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            people.add(new Object[] {prefix + i, "Bulk", "Person " + i});
        }
        jdbc.batchUpdate(
                "insert into staff (employee_number, first_name, last_name, smartcard_need, version) "
                        + "values (?, ?, ?, 'UNKNOWN', 0)",
                people);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            String date = UK.format(checked);
            body.append(prefix)
                    .append(i)
                    .append(",REM,Administrative and Clerical,")
                    .append(date)
                    .append(",Basic,")
                    .append(date)
                    .append(',')
                    .append(date)
                    .append(',')
                    .append(date)
                    .append(",,")
                    .append(date)
                    .append('\n');
        }
        AtomicInteger updates = new AtomicInteger();
        SignIn.as(DemoUsers.ADMIN, staff);

        long started = System.nanoTime();
        ComplianceImportReport report =
                imports.importFile("bulk.csv", csv(body.toString()), (stage, done, total) -> updates.incrementAndGet());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(report.created()).isEqualTo(3_000);
        assertThat(updates.get()).isGreaterThan(10);
        System.out.printf("ESR compliance import: 3,000 people in %d ms, %d progress updates%n", millis, updates.get());
    }

    @Test
    void theDocumentedExampleFileIsValid() throws java.io.IOException {
        SignIn.as(DemoUsers.ADMIN, staff);

        ComplianceImportReport report = imports.check(
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/examples/esr-compliance-example.csv")),
                ImportProgress.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).isEqualTo(3);
    }

    @Test
    void onlyTheWorkforceSystemsTeamImports() {
        SignIn.as(DemoUsers.RECRUITER, staff);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.check(csv(""), ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }
}
