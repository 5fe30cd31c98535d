package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.sessions.TestHospitals;

/**
 * From nothing: Recruitment imports a starter whose role needs no card, as their manager says. Later their role
 * changes: they ask for a card on My smartcard, the manager confirms it on My team, and Recruitment finds it in the
 * print queue.
 */
class CardAskJourneyTest extends BrowserTest {

    @Autowired
    TestHospitals hospitals;

    @Test
    void aPersonWhoseRoleChangedAsksForACardTheManagerConfirmsItAndRecruitmentPrintsIt() {
        long n = System.nanoTime() % 1_000_000;
        String siteName = hospitals.open("Asking", "Main entrance").name();
        String number = "ASK" + n;
        String email = "gwen.evans." + n + "@test.nhs.example";
        Page recruiter = openAs(DemoUsers.RECRUITER);
        CardSteps.importStarters(
                recruiter,
                url(""),
                "Employee number,First name,Last name,Work email,Start date,Base site,Manager employee number\n"
                        + number + ",Gwen,Evans," + email + ","
                        + LocalDate.now().plusWeeks(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ","
                        + siteName + "," + DemoUsers.MANAGER.employeeNumber() + "\n");

        Page manager = openAs(DemoUsers.MANAGER);
        manager.navigate(url("team"));
        manager.locator("#team-person input").fill(number);
        manager.locator("vaadin-button[aria-label='Decide for Gwen Evans']:visible")
                .click();
        manager.locator("vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("No: the role does not need a Smartcard"))
                .click();
        CardSteps.button(manager, "Save").click();
        assertThat(manager.locator("vaadin-notification-card").first()).containsText("does not need a card");

        signInAsStaffMember("Gwen Evans", email);
        page.navigate(url("my-card"));
        assertThat(page.locator("h2").first()).hasText("You do not need a Smartcard for your role");
        page.locator(".card-ask vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Access to clinical systems"))
                .click();
        CardSteps.button(page, "Ask my manager for a card").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("your manager will confirm it");
        assertThat(page.locator(".card-ask h2")).hasText("You have asked for a Smartcard");
        screenshot("card-ask");

        manager.navigate(url("team"));
        manager.locator("vaadin-button[aria-label='Confirm a card for Gwen Evans']")
                .click();
        manager.locator("#ask-first-confirm").click();
        assertThat(manager.locator("vaadin-notification-card").first())
                .containsText("Card asked for: it is in Recruitment's print queue.");

        recruiter.navigate(url("print-queue"));
        recruiter.locator("#print-queue-person input").fill(number);
        assertThat(recruiter.locator("vaadin-grid").first()).containsText("Gwen Evans");
        page.navigate(url("my-card"));
        assertThat(page.locator("h2").first()).hasText("Your card has been asked for and is waiting to be printed");
    }
}
