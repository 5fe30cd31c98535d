package uk.nhs.smartcardportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;
import uk.nhs.smartcardportal.starters.PeopleImportReport;
import uk.nhs.smartcardportal.starters.StarterImportService;

/** A starter's messages go to their personal e-mail until they start, and to their work e-mail from then on. */
@IntegrationTest
class ContactChannelTest {

    private static final String HEADER =
            "Employee number,First name,Last name,Work email,Personal email,Mobile,Start date,Base site\n";

    @Autowired
    StarterImportService starters;

    @Autowired
    OutboxService outbox;

    @Autowired
    StaffRepository staff;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private final String number = "PC" + System.nanoTime() % 1_000_000;

    private PeopleImportReport importStarter(String mobile, LocalDate start) {
        SignIn.as(DemoUsers.RECRUITER, staff);
        String line = number + ",Pia,Personal,pia." + number + "@trust.nhs.example,pia." + number + "@home.example,"
                + mobile + "," + start.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ","
                + DemoUsers.AINTREE;
        return starters.importFile(
                "starters.csv", (HEADER + line).getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
    }

    private String sentTo(long staffId) {
        transaction.executeWithoutResult(
                status -> outbox.enqueue(new OutgoingMessage(staffId, "TEST", "A test", "Text", "<p>Text</p>", null)));
        return jdbc.queryForObject(
                "select recipient_email from outbox_message where recipient_staff_id = ? order by id desc limit 1",
                String.class,
                staffId);
    }

    @Test
    void theImportTakesAPersonalEmailAndMobileAndMessagesUseThePersonalAddressUntilTheStartDate() {
        LocalDate start = LocalDate.now(UkTime.ZONE).plusWeeks(2);
        PeopleImportReport report = importStarter("07700 900123", start);
        assertThat(report.problems()).isEmpty();
        Staff pia = staff.findByEmployeeNumber(number).orElseThrow();
        assertThat(pia.getMobile()).isEqualTo("+447700900123");
        assertThat(pia.getPersonalEmail()).isEqualTo("pia." + number + "@home.example");

        assertThat(sentTo(pia.getId())).isEqualTo("pia." + number + "@home.example");
        clock.setInstant(start.atTime(8, 0).atZone(UkTime.ZONE).toInstant());
        assertThat(sentTo(pia.getId())).isEqualTo("pia." + number + "@trust.nhs.example");
    }

    @Test
    void aNumberThatIsNotAUkMobileIsRefusedOnItsLine() {
        PeopleImportReport report =
                importStarter("0151 706 2000", LocalDate.now(UkTime.ZONE).plusWeeks(2));

        assertThat(report.imported()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("Mobile");
            assertThat(problem.message()).startsWith("This is not a UK mobile number");
        });
        assertThat(staff.findByEmployeeNumber(number)).isEmpty();
    }
}
