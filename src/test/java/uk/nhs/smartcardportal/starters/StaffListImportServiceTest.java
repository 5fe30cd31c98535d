package uk.nhs.smartcardportal.starters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.cards.requests.TeamFilter;
import uk.nhs.smartcardportal.cards.requests.TeamMemberRow;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.leavers.LeaverProcessing;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffListService;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class StaffListImportServiceTest {

    /** ESR's own header names, as an extract gives them. */
    static final String HEADER = "Employee Number,First Name,Last Name,Email Address,Position Title,Staff Group,"
            + "Organisation,Location,Supervisor Employee Number,Changes from,Leaving Date,Leaving to\n";

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    StaffListImportService imports;

    @Autowired
    StaffListService staffList;

    @Autowired
    StaffRepository staff;

    @Autowired
    CardRequestService team;

    @Autowired
    LeaverProcessing processing;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private String prefix;

    @BeforeEach
    void signInAsWorkforce() {
        SignIn.as(DemoUsers.ADMIN, staff);
        prefix = "L" + ProcessHandle.current().pid() % 1000 + "-" + NEXT.incrementAndGet() + "-";
    }

    @AfterEach
    void nobodyIsLeftMarkedByAFullList() {
        jdbc.update("update staff set missing_from_staff_list_since = null");
    }

    private static byte[] csv(List<String> lines) {
        return (HEADER + String.join("\n", lines)).getBytes(StandardCharsets.UTF_8);
    }

    private String line(String number, String first, String group, String site, String manager, String changesFrom) {
        return prefix + number + "," + first + ",Tester," + (first + "." + prefix + number).toLowerCase()
                + "@esr.nhs.example,Staff Nurse," + group + ",Ward 7," + site + "," + manager + "," + changesFrom
                + ",,";
    }

    /** The person with their manager and base site read. */
    private Staff person(String number) {
        return staff.findByEmployeeNumberIn(List.of(prefix + number)).getFirst();
    }

    private long audited(String action, Staff person) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and entity_id = ?",
                Long.class,
                action,
                String.valueOf(person.getId()));
    }

    @Test
    void createsAndUpdatesPeopleByEmployeeNumberWithTheirManagersAndAgainChangesNothing() {
        String managerNumber = prefix + "1";
        List<String> lines = List.of(
                line("2", "Ava", "Nursing and Midwifery Registered", DemoUsers.ROYAL, managerNumber, ""),
                line("1", "Ben", "Administrative and Clerical", DemoUsers.AINTREE, "", ""));

        PeopleImportReport check = imports.check(csv(lines), false, ImportProgress.NONE);
        assertThat(check.problems()).isEmpty();
        assertThat(check.created()).isEqualTo(2);
        assertThat(staff.findByEmployeeNumber(managerNumber)).isEmpty();

        PeopleImportReport report = imports.importFile("esr.csv", csv(lines), false, ImportProgress.NONE);
        assertThat(report.imported()).isTrue();
        Staff ava = person("2");
        assertThat(ava.getLineManager().getEmployeeNumber()).isEqualTo(managerNumber);
        assertThat(ava.getStaffGroup()).isEqualTo("Nursing and Midwifery Registered");
        assertThat(ava.getDepartment()).isEqualTo("Ward 7");
        assertThat(ava.getBaseSite().getName()).isEqualTo(DemoUsers.ROYAL);
        assertThat(ava.getWorkEmail()).isEqualTo(("ava." + prefix + "2@esr.nhs.example").toLowerCase());

        List<String> changed = List.of(
                line("2", "Ava", "Allied Health Professionals", DemoUsers.ROYAL, managerNumber, ""),
                line("1", "Ben", "Administrative and Clerical", DemoUsers.AINTREE, "", ""));
        PeopleImportReport update = imports.importFile("esr.csv", csv(changed), false, ImportProgress.NONE);
        assertThat(update.updated()).isEqualTo(1);
        assertThat(update.unchanged()).isEqualTo(1);
        assertThat(person("2").getStaffGroup()).isEqualTo("Allied Health Professionals");

        PeopleImportReport again = imports.importFile("esr.csv", csv(changed), false, ImportProgress.NONE);
        assertThat(again.changing()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
    }

    @Test
    void aFileWithAProblemImportsNothingAndSaysWhere() {
        List<String> lines = List.of(
                line("1", "Cai", "Estates and Ancillary", DemoUsers.AINTREE, "", ""),
                line("2", "Dee", "Estates and Ancillary", "Nowhere General", "", ""),
                prefix + "3,Eve,Tester,,Porter,Estates,Ward 7,,,,31/02/2027,");

        PeopleImportReport report = imports.importFile("esr.csv", csv(lines), false, ImportProgress.NONE);

        assertThat(report.imported()).isFalse();
        assertThat(report.problems())
                .extracting(problem -> problem.line() + " " + problem.column())
                .containsExactly("3 Base site", "4 Leaving date");
        assertThat(staff.findByEmployeeNumber(prefix + "1")).isEmpty();
    }

    @Test
    void aFullListLeavesNobodyOutSilentlyAndDeletesNobody() {
        String ben = prefix + "1";
        imports.importFile(
                "esr.csv",
                csv(List.of(
                        line("1", "Ben", "Estates and Ancillary", DemoUsers.AINTREE, "", ""),
                        line("2", "Cat", "Estates and Ancillary", DemoUsers.AINTREE, "", ""))),
                false,
                ImportProgress.NONE);
        long onTheList = staff.count();

        byte[] withoutBen = csv(List.of(line("2", "Cat", "Estates and Ancillary", DemoUsers.AINTREE, "", "")));
        PeopleImportReport check = imports.check(withoutBen, true, ImportProgress.NONE);
        long othersOnTheList = jdbc.queryForObject(
                "select count(*) from staff where origin = 'STAFF_LIST' and record_ended_at is null "
                        + "and employee_number <> ?",
                Long.class,
                prefix + "2");
        assertThat(check.leftOut()).isEqualTo((int) othersOnTheList);

        imports.importFile("esr-full.csv", withoutBen, true, ImportProgress.NONE);

        assertThat(staff.count()).isEqualTo(onTheList);
        Staff benHeld = staff.findByEmployeeNumber(ben).orElseThrow();
        assertThat(benHeld.getMissingFromStaffListSince()).isEqualTo(LocalDate.now(clock));
        assertThat(person("2").getMissingFromStaffListSince()).isNull();
        assertThat(staffList.countNotOnStaffList()).isEqualTo(othersOnTheList);
        assertThat(audited("STAFF_NOT_ON_STAFF_LIST", benHeld)).isEqualTo(1);

        imports.importFile("esr-full.csv", withoutBen, true, ImportProgress.NONE);
        assertThat(audited("STAFF_NOT_ON_STAFF_LIST", benHeld)).isEqualTo(1);

        staffList.keepOnStaffList(benHeld.getId());
        assertThat(staff.findByEmployeeNumber(ben).orElseThrow().getMissingFromStaffListSince())
                .isNull();
        assertThat(audited("STAFF_KEPT_OFF_THE_LIST", benHeld)).isEqualTo(1);
    }

    @Test
    void aMoversNewManagerWaitsForItsDayAndShowsInBothManagersTeams() {
        String tom = DemoUsers.MANAGER.employeeNumber();
        String sarah = DemoUsers.TEAM_LEAD.employeeNumber();
        imports.importFile(
                "esr.csv",
                csv(List.of(line("1", "Fay", "Estates and Ancillary", DemoUsers.AINTREE, tom, ""))),
                false,
                ImportProgress.NONE);
        LocalDate moveDay = LocalDate.now(clock).plusDays(10);

        PeopleImportReport report = imports.importFile(
                "esr.csv",
                csv(List.of(line("1", "Fay", "Estates and Ancillary", DemoUsers.ROYAL, sarah, moveDay.format(UK)))),
                false,
                ImportProgress.NONE);

        assertThat(report.movesWaiting()).isEqualTo(1);
        assertThat(person("1").getLineManager().getEmployeeNumber()).isEqualTo(tom);
        assertThat(person("1").getBaseSite().getName()).isEqualTo(DemoUsers.AINTREE);
        assertThat(moveIn(DemoUsers.MANAGER)).startsWith("Moves to Sarah Whitfield's team on ");
        assertThat(moveIn(DemoUsers.TEAM_LEAD)).startsWith("Joins your team on ");

        SignIn.as(DemoUsers.ADMIN, staff);
        PeopleImportReport again = imports.importFile(
                "esr.csv",
                csv(List.of(line("1", "Fay", "Estates and Ancillary", DemoUsers.ROYAL, sarah, moveDay.format(UK)))),
                false,
                ImportProgress.NONE);
        assertThat(again.changing()).isZero();

        clock.setInstant(moveDay.atStartOfDay(uk.nhs.smartcardportal.base.UkTime.ZONE)
                .plusHours(9)
                .toInstant());
        assertThat(processing.applyDueMoves()).isEqualTo(1);
        assertThat(person("1").getLineManager().getEmployeeNumber()).isEqualTo(sarah);
        assertThat(person("1").getBaseSite().getName()).isEqualTo(DemoUsers.ROYAL);
        assertThat(audited("STAFF_MOVED", person("1"))).isEqualTo(1);
        assertThat(processing.applyDueMoves()).isZero();
    }

    private String moveIn(uk.nhs.smartcardportal.dev.DemoUser manager) {
        SignIn.as(manager, staff);
        List<TeamMemberRow> rows = team.team(new TeamFilter(prefix + "1", false), PageRequest.of(0, 10));
        assertThat(rows).hasSize(1);
        return rows.getFirst().moveLabel();
    }

    @Test
    void twentyThousandPeopleImportInOneGo() {
        List<String> lines = new ArrayList<>();
        String first = prefix + "0";
        lines.add(line("0", "Gil", "Medical and Dental", DemoUsers.AINTREE, "", ""));
        for (int i = 1; i < 20_000; i++) {
            lines.add(line(String.valueOf(i), "Hal", "Medical and Dental", DemoUsers.AINTREE, first, ""));
        }
        byte[] file = csv(lines);
        try {
            long start = System.nanoTime();
            PeopleImportReport report = imports.importFile("esr-20000.csv", file, false, ImportProgress.NONE);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(
                    "STAFF LIST IMPORT: %d people (%d kB) imported in one go in %.1f s%n",
                    report.created(), file.length / 1024, millis / 1000.0);
            assertThat(report.problems()).isEmpty();
            assertThat(report.created()).isEqualTo(20_000);
            long again = System.nanoTime();
            PeopleImportReport unchanged = imports.check(file, false, ImportProgress.NONE);
            System.out.printf(
                    "STAFF LIST IMPORT: the same 20,000 checked again (all unchanged) in %.1f s%n",
                    (System.nanoTime() - again) / 1e9);
            assertThat(unchanged.unchanged()).isEqualTo(20_000);
        } finally {
            jdbc.update(
                    "delete from passport_status where staff_id in (select id from staff where employee_number like ?)",
                    prefix + "%");
            jdbc.update("delete from staff where employee_number like ? and line_manager_id is not null", prefix + "%");
            jdbc.update("delete from staff where employee_number like ?", prefix + "%");
        }
    }
}
