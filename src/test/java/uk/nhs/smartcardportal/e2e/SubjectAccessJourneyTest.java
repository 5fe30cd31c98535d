package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;

class SubjectAccessJourneyTest extends BrowserTest {

    @Autowired
    CardFixtures fixtures;

    @Autowired
    StaffRepository staff;

    @Test
    void workforceFindsAPersonAndDownloadsEverythingThePortalHoldsAboutThem() throws Exception {
        CardFixtures.Starter starter = fixtures.cardAllocated("Subject", "Access", DemoUsers.AINTREE);
        Staff person = staff.findById(starter.staffId()).orElseThrow();
        signInAs(DemoUsers.ADMIN);
        page.navigate(url("subject-access"));
        page.getByLabel("Find a person").fill(person.getEmployeeNumber());
        page.locator(
                        "vaadin-grid-cell-content",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText(person.getFullName()))
                .click();
        Locator export = page.locator("#subject-access-export");
        assertThat(export).hasText("Download everything held about " + person.getFullName() + " (JSON)");

        Download download = page.waitForDownload(export::click);

        assertThat(download.suggestedFilename()).startsWith("subject-access-" + person.getEmployeeNumber());
        String file = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(file)
                .contains(
                        "\"work_email\" : \"" + person.getWorkEmail() + "\"",
                        "\"smartcard\"",
                        "\"card_transition\"",
                        "\"audit_event\"");
    }
}
