package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** Recruitment uploads a starters file in Chromium, sees what it will do, imports it and watches it finish. */
class StarterImportJourneyTest extends BrowserTest {

    @Autowired
    StaffRepository staff;

    @Test
    void recruitmentImportsAStartersFile() {
        String number = "E2E" + System.nanoTime() % 1_000_000;
        String csv = "Employee number,First name,Last name,Start date,Base site,Manager employee number,Card needed,"
                + "Card reason\n" + number + ",Gwenllian,Morgan,04/01/2027," + DemoUsers.AINTREE + ","
                + DemoUsers.MANAGER.employeeNumber() + ",yes,Clinical systems\n";
        signInAs(DemoUsers.RECRUITER);
        page.navigate(url("import-starters"));
        assertThat(page.locator("h1")).hasText("Import starters");

        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("starters.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("h2").filter(new Locator.FilterOptions().setHasText("Ready to import")))
                .isVisible();
        assertThat(page.locator(".import-result")).containsText("1 card to ask for");
        screenshot("import-starters");
        page.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Import 1 person"))
                .click();

        assertThat(page.locator("h2").filter(new Locator.FilterOptions().setHasText("Imported starters.csv")))
                .isVisible();
        assertThat(page.locator(".import-result")).containsText("1 card asked for");
        org.assertj.core.api.Assertions.assertThat(staff.findByEmployeeNumber(number))
                .isPresent();
    }
}
