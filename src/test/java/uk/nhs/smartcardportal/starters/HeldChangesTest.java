package uk.nhs.smartcardportal.starters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.RoleGrantService;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** An import cannot move where a signed-in or privileged person's messages go, or who manages them, unconfirmed. */
@IntegrationTest
class HeldChangesTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    StarterImportService starters;

    @Autowired
    StaffListImportService staffList;

    @Autowired
    RoleGrantService grants;

    @Autowired
    StaffRepository staff;

    @Autowired
    JdbcTemplate jdbc;

    private String number;

    @BeforeEach
    void aStarterImportedBeforeHand() {
        number = "H" + ProcessHandle.current().pid() % 1000 + "-" + NEXT.incrementAndGet();
        SignIn.as(DemoUsers.RECRUITER, staff);
        starters.importFile(
                "first.csv",
                file("first." + number + "@test.nhs.example", DemoUsers.MANAGER, "Nurse"),
                ImportProgress.NONE);
    }

    private byte[] file(String email, uk.nhs.smartcardportal.dev.DemoUser manager, String jobTitle) {
        return (StarterImportServiceTest.HEADER + number + ",Hana,Held," + email + "," + jobTitle
                        + ",Nursing and Midwifery,Ward 4,"
                        + LocalDate.now().plusWeeks(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ","
                        + DemoUsers.AINTREE + "," + manager.employeeNumber() + ",unknown,")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Staff person() {
        return staff.findByEmployeeNumber(number).orElseThrow();
    }

    private String managerNumber() {
        return jdbc.queryForObject(
                "select m.employee_number from staff s join staff m on m.id = s.line_manager_id where s.id = ?",
                String.class,
                person().getId());
    }

    private byte[] takeover() {
        return file("attacker." + number + "@test.nhs.example", DemoUsers.TEAM_LEAD, "Senior Nurse");
    }

    /** The same change as the staff list gives it, which has no card columns. */
    private byte[] takeoverInTheStaffList() {
        String[] lines = new String(takeover(), StandardCharsets.UTF_8).split("\n");
        return (lines[0].replace(",Card needed,Card reason", "") + "\n" + lines[1].replace(",unknown,", ""))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSignedInPersonsEmailAndManagerStayUnlessWorkforceConfirms() {
        jdbc.update("update staff set idp_subject = ? where id = ?", "held-" + number, person().getId());

        PeopleImportReport preview = starters.check(takeover(), ImportProgress.NONE);
        assertThat(preview.held()).singleElement().satisfies(held -> {
            assertThat(held.employeeNumber()).isEqualTo(number);
            assertThat(held.change())
                    .contains(
                            "attacker." + number,
                            "manager " + DemoUsers.MANAGER.employeeNumber() + " to "
                                    + DemoUsers.TEAM_LEAD.employeeNumber());
            assertThat(held.why()).isEqualTo("has signed in");
        });

        starters.importFile("takeover.csv", takeover(), ImportProgress.NONE);
        Staff after = person();
        assertThat(after.getWorkEmail()).isEqualTo("first." + number + "@test.nhs.example");
        assertThat(managerNumber()).isEqualTo(DemoUsers.MANAGER.employeeNumber());
        assertThat(after.getJobTitle()).as("the rest of the line is imported").isEqualTo("Senior Nurse");

        assertThatThrownBy(
                        () -> starters.importFileConfirmingHeldChanges("takeover.csv", takeover(), ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(DemoUsers.ADMIN, staff);
        starters.importFileConfirmingHeldChanges("takeover.csv", takeover(), ImportProgress.NONE);
        assertThat(person().getWorkEmail()).isEqualTo("attacker." + number + "@test.nhs.example");
        assertThat(managerNumber()).isEqualTo(DemoUsers.TEAM_LEAD.employeeNumber());
    }

    @Test
    void aPersonHoldingAPortalRoleIsHeldTooAndTheStaffListAsksWorkforceAlike() {
        SignIn.as(DemoUsers.ADMIN, staff);
        grants.grant(person().getId(), Role.RECRUITMENT, LocalDate.now().plusMonths(1), "Covering the print queue");
        try {
            PeopleImportReport preview = staffList.check(takeoverInTheStaffList(), false, ImportProgress.NONE);
            assertThat(preview.problems()).isEmpty();
            assertThat(preview.held())
                    .singleElement()
                    .extracting(HeldChange::why)
                    .isEqualTo("holds a role");
            staffList.importFile("list.csv", takeoverInTheStaffList(), false, ImportProgress.NONE);
            assertThat(person().getWorkEmail()).isEqualTo("first." + number + "@test.nhs.example");

            staffList.importFileConfirmingHeldChanges("list.csv", takeoverInTheStaffList(), false, ImportProgress.NONE);
            assertThat(person().getWorkEmail()).isEqualTo("attacker." + number + "@test.nhs.example");
        } finally {
            grants.revoke(person().getId(), Role.RECRUITMENT);
        }
    }

    @Test
    void aStarterWhoHasNotSignedInIsUpdatedAsTheFileSays() {
        PeopleImportReport report = starters.importFile("again.csv", takeover(), ImportProgress.NONE);

        assertThat(report.held()).isEmpty();
        assertThat(person().getWorkEmail()).isEqualTo("attacker." + number + "@test.nhs.example");
    }
}
