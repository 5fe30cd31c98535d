package uk.nhs.smartcardportal.base.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** The portal's own log configuration keeps e-mail addresses out of messages and exceptions alike. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NoAddressesInLogsTest {

    private static final Logger log = LoggerFactory.getLogger(NoAddressesInLogsTest.class);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffRepository staff;

    @Test
    void aMailServersRefusalAndADuplicateKeyAreLoggedWithoutTheAddress(CapturedOutput output) {
        String address = staff.findByEmployeeNumber(DemoUsers.MANAGER.employeeNumber())
                .orElseThrow()
                .getWorkEmail();
        log.warn(
                "E-mail 42 not delivered: {}",
                "550 5.1.1 <" + address + ">: Recipient address rejected",
                new MailSendException("Failed messages: 550 <" + address + "> unknown"));
        DataIntegrityViolationException duplicate = org.junit.jupiter.api.Assertions.assertThrows(
                DataIntegrityViolationException.class,
                () -> jdbc.update(
                        "insert into staff (employee_number, first_name, last_name, work_email) "
                                + "values ('DUP-1', 'Dup', 'Licate', ?)",
                        address));
        assertThat(duplicate.getMessage()).as("the database names the address").contains(address);
        log.error("Saving failed", duplicate);

        assertThat(output.getOut())
                .contains("E-mail 42 not delivered: 550 5.1.1 <[e-mail address]>: Recipient address rejected")
                .contains("MailSendException", "Duplicate entry")
                .doesNotContain(address);
    }

    @Test
    void addressesAreMaskedAndOtherTextLeftAlone() {
        assertThat(NoAddresses.in("to jóhn.o'brien+cards@trust.nhs.uk and x@y.example, not @handles or a@b"))
                .isEqualTo("to [e-mail address] and [e-mail address], not @handles or a@b");
        assertThat(NoAddresses.in(null)).isNull();
    }
}
