package uk.nhs.smartcardportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MailSink;
import uk.nhs.smartcardportal.dev.NotifySink;
import uk.nhs.smartcardportal.notifications.OutboxService;
import uk.nhs.smartcardportal.sessions.TestHospitals;

/**
 * A starter the recruitment system knows only by a personal e-mail and a mobile: from the import in the UI to the card
 * reaching the store, they are told their card is ready by e-mail at home and by a text through GOV.UK Notify.
 */
class PersonalContactJourneyTest extends BrowserTest {

    @Autowired
    TestHospitals hospitals;

    @Autowired
    OutboxService outbox;

    @Test
    void aStarterWithOnlyAPersonalEmailAndMobileHearsTheirCardIsReadyOnBoth() throws MessagingException {
        long n = System.nanoTime() % 1_000_000;
        String siteName = hospitals.open("Contact", "Reception").name();
        String number = "PCJ" + n;
        String home = "omar.okafor." + n + "@home.example";
        String mobile = String.format("07700 9%05d", n % 100_000);
        String serial = String.format("7%011d", n);

        Page recruiter = openAs(DemoUsers.RECRUITER);
        CardSteps.importStarters(
                recruiter,
                url(""),
                "Employee number,First name,Last name,Personal email,Mobile,Start date,Base site,"
                        + "Manager employee number\n" + number + ",Omar,Okafor," + home + "," + mobile + ","
                        + LocalDate.now().plusWeeks(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ","
                        + siteName + "," + DemoUsers.MANAGER.employeeNumber() + "\n");
        CardSteps.managerAsksForCard(openAs(DemoUsers.MANAGER), url(""), number, "Omar Okafor");
        CardSteps.recordPrinted(recruiter, url(""), number, "Omar Okafor", serial);
        CardSteps.receiveIntoStore(openAs(DemoUsers.ADMIN), url(""), serial);
        while (outbox.deliverDue() > 0) {
            // everything queued so far goes out, as the sender does every few seconds
        }

        List<jakarta.mail.internet.MimeMessage> emails = Arrays.stream(
                        MailSink.greenMail().getReceivedMessages())
                .filter(message -> addressedTo(message, home))
                .toList();
        assertThat(emails)
                .extracting(Message::getSubject)
                .contains("Your NHS Smartcard has been printed", "Your NHS Smartcard has reached our store");
        String international = "+44" + mobile.replace(" ", "").substring(1);
        assertThat(NotifySink.sink().textsTo(international))
                .singleElement()
                .satisfies(text -> assertThat(text.body())
                        .startsWith("Hello Omar, your NHS Smartcard is ready to collect at " + siteName)
                        .doesNotContain("Okafor")
                        .contains("/my-card"));
    }

    private static boolean addressedTo(Message message, String address) {
        try {
            return message.getAllRecipients()[0].toString().equalsIgnoreCase(address);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
