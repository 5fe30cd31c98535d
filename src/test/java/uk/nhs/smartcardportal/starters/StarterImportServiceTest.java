package uk.nhs.smartcardportal.starters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.printing.PrintQueueFilter;
import uk.nhs.smartcardportal.cards.printing.PrintQueueRow;
import uk.nhs.smartcardportal.cards.printing.PrintQueueService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.SmartcardNeed;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class StarterImportServiceTest {

    static final String HEADER = "Employee number,First name,Last name,Work email,Job title,Staff group,Department,"
            + "Start date,Base site,Manager employee number,Card needed,Card reason\n";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    StarterImportService imports;

    @Autowired
    StaffRepository staff;

    @Autowired
    PrintQueueService printQueue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    uk.nhs.smartcardportal.cards.requests.CardRequestService teamRequests;

    private String prefix;

    @BeforeEach
    void signInAsRecruitment() {
        SignIn.as(DemoUsers.RECRUITER, staff);
        prefix = "S" + ProcessHandle.current().pid() % 1000 + "-" + NEXT.incrementAndGet() + "-";
    }

    private static byte[] csv(String... lines) {
        return (HEADER + String.join("\n", lines)).getBytes(StandardCharsets.UTF_8);
    }

    private String line(String number, String first, String last, String needed, String reason) {
        return prefix + number + "," + first + "," + last + ","
                + (first + "." + last + "." + prefix + number).toLowerCase()
                + "@test.nhs.example,Staff Nurse,Nursing and Midwifery,Ward 4,"
                + LocalDate.now().plusWeeks(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ","
                + DemoUsers.AINTREE + "," + DemoUsers.MANAGER.employeeNumber() + "," + needed + "," + reason;
    }

    private Staff person(String number) {
        return staff.findByEmployeeNumber(prefix + number).orElseThrow();
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void importsStartersAndAsksForTheirCards() {
        byte[] file = csv(
                line("1", "Nia", "Jones", "yes", "Clinical systems"),
                line("2", "Owen", "Price", "no", ""),
                line("3", "Ffion", "Evans", "unknown", ""),
                line("4", "Rhys", "Morgan", "Yes", "Runs the blood bank system"));

        PeopleImportReport check = imports.check(file, ImportProgress.NONE);
        assertThat(check.problems()).isEmpty();
        assertThat(check.created()).isEqualTo(4);
        assertThat(check.cardsRequested()).isEqualTo(2);
        assertThat(check.imported()).isFalse();
        assertThat(staff.findByEmployeeNumber(prefix + "1")).isEmpty();

        PeopleImportReport report = imports.importFile("starters.csv", file, ImportProgress.NONE);

        assertThat(report.imported()).isTrue();
        assertThat(report)
                .extracting(
                        PeopleImportReport::rows,
                        PeopleImportReport::created,
                        PeopleImportReport::updated,
                        PeopleImportReport::unchanged,
                        PeopleImportReport::cardsRequested)
                .containsExactly(4, 4, 0, 0, 2);
        Staff nia = person("1");
        assertThat(nia.getFullName()).isEqualTo("Nia Jones");
        assertThat(nia.getSmartcardNeed()).isEqualTo(SmartcardNeed.NEEDED);
        assertThat(nia.getStartDate()).isEqualTo(LocalDate.now().plusWeeks(3));
        assertThat(person("2").getSmartcardNeed()).isEqualTo(SmartcardNeed.NOT_NEEDED);
        assertThat(person("3").getSmartcardNeed()).isEqualTo(SmartcardNeed.UNKNOWN);
        List<PrintQueueRow> queue = printQueue.queue(new PrintQueueFilter(null, null, null), PageRequest.of(0, 10_000));
        assertThat(queue)
                .filteredOn(row -> row.employeeNumber().equals(prefix + "1"))
                .singleElement()
                .extracting(PrintQueueRow::reason)
                .isEqualTo(RequestReason.CLINICAL_SYSTEMS);
        assertThat(queue)
                .filteredOn(row -> row.employeeNumber().equals(prefix + "4"))
                .singleElement()
                .extracting(PrintQueueRow::reasonText)
                .isEqualTo("Runs the blood bank system");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'STARTERS_IMPORTED'", Long.class))
                .isPositive();

        SignIn.as(DemoUsers.MANAGER, staff);
        assertThat(teamRequests.team(
                        new uk.nhs.smartcardportal.cards.requests.TeamFilter(prefix, true), PageRequest.of(0, 10)))
                .extracting(row -> row.employeeNumber())
                .containsExactly(prefix + "3");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        byte[] file = csv(line("1", "Alys", "Hughes", "yes", "ESR supervisor"), line("2", "Dylan", "Roberts", "", ""));
        imports.importFile("first.csv", file, ImportProgress.NONE);
        long staffRows = rows("staff");
        long cardRows = rows("smartcard");
        long auditRows = rows("audit_event");

        PeopleImportReport again = imports.importFile("first.csv", file, ImportProgress.NONE);

        assertThat(again)
                .extracting(
                        PeopleImportReport::created,
                        PeopleImportReport::updated,
                        PeopleImportReport::unchanged,
                        PeopleImportReport::cardsRequested)
                .containsExactly(0, 0, 2, 0);
        assertThat(rows("staff")).isEqualTo(staffRows);
        assertThat(rows("smartcard")).isEqualTo(cardRows);
        assertThat(rows("audit_event")).isEqualTo(auditRows + 1);
    }

    @Test
    void emptyColumnsNeverBlankWhatIsHeldAndChangesAreUpdates() {
        imports.importFile("a.csv", csv(line("1", "Gwen", "Lloyd", "unknown", "")), ImportProgress.NONE);
        byte[] sparse = ("Employee number,First name,Last name,Start date,Job title,Card needed\n" + prefix
                        + "1,,,,Senior Staff Nurse,")
                .getBytes(StandardCharsets.UTF_8);

        PeopleImportReport report = imports.importFile("b.csv", sparse, ImportProgress.NONE);

        assertThat(report.updated()).isEqualTo(1);
        Staff gwen = person("1");
        assertThat(gwen.getFullName()).isEqualTo("Gwen Lloyd");
        assertThat(gwen.getJobTitle()).isEqualTo("Senior Staff Nurse");
        assertThat(gwen.getDepartment()).isEqualTo("Ward 4");
        assertThat(gwen.getWorkEmail()).isNotBlank();
        assertThat(gwen.getStartDate()).isNotNull();
    }

    @Test
    void oneBadRowLeavesTheDatabaseAsItWasAndEveryProblemIsReported() {
        long staffRows = rows("staff");
        long auditRows = rows("audit_event");
        byte[] file = csv(
                line("1", "Siân", "Davies", "yes", "Clinical systems"),
                prefix + "2,Tomos,,t@x,Porter,,,31/02/2027,Nowhere General,NOBODY,maybe,",
                line("3", "Cerys", "Thomas", "yes", ""),
                line("1", "Siân", "Davies", "yes", "Clinical systems"));

        PeopleImportReport report = imports.importFile("bad.csv", file, ImportProgress.NONE);

        assertThat(report.imported()).isFalse();
        assertThat(report.created()).isZero();
        assertThat(report.problems())
                .extracting(ImportProblem::line, ImportProblem::column)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(3L, "Work email"),
                        org.assertj.core.groups.Tuple.tuple(3L, "Start date"),
                        org.assertj.core.groups.Tuple.tuple(3L, "Base site"),
                        org.assertj.core.groups.Tuple.tuple(3L, "Card needed"),
                        org.assertj.core.groups.Tuple.tuple(4L, "Card reason"),
                        org.assertj.core.groups.Tuple.tuple(5L, "Employee number"));
        assertThat(report.problems())
                .filteredOn(problem -> problem.line() == 3 && "Start date".equals(problem.column()))
                .singleElement()
                .extracting(ImportProblem::message)
                .asString()
                .contains("day/month/year");
        assertThat(rows("staff")).isEqualTo(staffRows);
        assertThat(rows("audit_event")).isEqualTo(auditRows);
        assertThat(staff.findByEmployeeNumber(prefix + "1")).isEmpty();
    }

    @Test
    void aFaultHalfWayRollsBackEverything() {
        Staff taken =
                staff.findByEmployeeNumber(DemoUsers.STARTER.employeeNumber()).orElseThrow();
        long staffRows = rows("staff");
        long cardRows = rows("smartcard");
        // Line 3 passes its own checks but takes Amira's e-mail address, which only the whole-file checks catch.
        byte[] file = csv(
                line("1", "Ifan", "Rees", "yes", "Clinical systems"),
                prefix + "2,Elin,Parry," + taken.getWorkEmail().toUpperCase() + ",,,,01/12/2026,,,,");

        PeopleImportReport report = imports.importFile("clash.csv", file, ImportProgress.NONE);

        assertThat(report.problems())
                .singleElement()
                .extracting(ImportProblem::message)
                .asString()
                .contains("belongs to " + DemoUsers.STARTER.employeeNumber());
        assertThat(rows("staff")).isEqualTo(staffRows);
        assertThat(rows("smartcard")).isEqualTo(cardRows);
    }

    @Test
    void headersAreCheckedBeforeAnyLine() {
        byte[] file = "Employee number,Frist name,Last name\nX1,A,B".getBytes(StandardCharsets.UTF_8);

        PeopleImportReport report = imports.check(file, ImportProgress.NONE);

        assertThat(report.problems())
                .extracting(ImportProblem::column)
                .containsExactlyInAnyOrder("Frist name", "First name", "Start date");
        assertThat(imports.check(new byte[0], ImportProgress.NONE).problems())
                .singleElement()
                .extracting(ImportProblem::message)
                .asString()
                .contains("empty");
        byte[] latin1 = (HEADER + prefix + "1,Zoë,Brown,,,,,01/12/2026,,,,")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(imports.check(latin1, ImportProgress.NONE).problems())
                .singleElement()
                .extracting(ImportProblem::message)
                .asString()
                .contains("UTF-8");
    }

    @Test
    void managersNewInTheFileAreCreatedBeforeTheirTeam() {
        String manager = prefix + "M";
        byte[] file = csv(
                prefix + "1,Bethan,Owen,,,,,01/12/2026,," + manager + ",unknown,",
                manager + ",Huw,Edwards,,Ward Manager,,,01/12/2026,,,no,");

        PeopleImportReport report = imports.importFile("team.csv", file, ImportProgress.NONE);

        assertThat(report.created()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select m.employee_number from staff s join staff m on m.id = "
                                + "s.line_manager_id where s.employee_number = ?",
                        String.class,
                        prefix + "1"))
                .isEqualTo(manager);
        byte[] loop = csv(
                prefix + "X,A,B,,,,,01/12/2026,," + prefix + "Y,,", prefix + "Y,C,D,,,,,01/12/2026,," + prefix + "X,,");
        assertThat(imports.check(loop, ImportProgress.NONE).problems())
                .hasSize(2)
                .allSatisfy(problem -> assertThat(problem.message()).contains("loop"));
    }

    @Test
    void aNoForSomeoneWithACardOnItsWayIsAProblem() {
        imports.importFile("a.csv", csv(line("1", "Mali", "Pugh", "yes", "Clinical")), ImportProgress.NONE);

        PeopleImportReport report = imports.check(csv(line("1", "Mali", "Pugh", "no", "")), ImportProgress.NONE);

        assertThat(report.problems())
                .singleElement()
                .extracting(ImportProblem::column)
                .isEqualTo("Card needed");
        assertThat(printQueue.queue(new PrintQueueFilter(null, null, null), PageRequest.of(0, 10_000)))
                .filteredOn(row -> row.employeeNumber().equals(prefix + "1"))
                .singleElement();
    }

    @Test
    void fiveThousandStartersImportWithProgressAndAreReported() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            lines.add(line(
                    "N" + i,
                    "First" + i,
                    "Last" + i,
                    i % 2 == 0 ? "yes" : "unknown",
                    i % 2 == 0 ? "Clinical systems" : ""));
        }
        List<Integer> progress = new ArrayList<>();
        long started = System.nanoTime();

        PeopleImportReport report =
                imports.importFile("large.csv", csv(lines.toArray(String[]::new)), (stage, done, total) -> {
                    if (stage.equals("Importing")) {
                        progress.add(done);
                    }
                });

        System.out.printf("Imported 5,000 starters in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(report.imported()).isTrue();
        assertThat(report.created()).isEqualTo(5000);
        assertThat(report.cardsRequested()).isEqualTo(2500);
        assertThat(progress).hasSizeGreaterThan(10).isSorted().endsWith(5000);
        assertThat(jdbc.queryForObject(
                        "select count(*) from staff where employee_number like ?", Long.class, prefix + "N%"))
                .isEqualTo(5000);
        assertThat(jdbc.queryForObject(
                        "select count(*) from smartcard c join staff s on s.id = c.staff_id "
                                + "where s.employee_number like ? and c.status = ?",
                        Long.class,
                        prefix + "N%",
                        CardStatus.REQUESTED.name()))
                .isEqualTo(2500);
    }

    @Test
    void theDocumentedExampleFileIsValid() throws java.io.IOException {
        byte[] example =
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs", "examples", "starters-example.csv"));

        PeopleImportReport report = imports.check(example, ImportProgress.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).isEqualTo(4);
        assertThat(report.cardsRequested()).isEqualTo(2);
    }

    @Test
    void onlyRecruitmentAndWorkforceImport() {
        SignIn.as(DemoUsers.MANAGER, staff);
        assertThatThrownBy(() -> imports.check(csv(), ImportProgress.NONE)).isInstanceOf(AccessDeniedException.class);
    }
}
