package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.dev.DemoUsers;

class SubjectAccessJourneyTest extends BrowserTest {

    @Test
    void workforceFindsAPersonAndDownloadsEverythingThePortalHoldsAboutThem() throws Exception {
        signInAs(DemoUsers.ADMIN);
        page.navigate(url("people"));
        page.getByLabel("Find a person").fill(DemoUsers.STARTER.employeeNumber());
        page.locator("vaadin-grid-cell-content", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(DemoUsers.STARTER.fullName())).click();
        Locator export = page.locator("#subject-access-export");
        assertThat(export).hasText("Download everything held about " + DemoUsers.STARTER.fullName() + " (JSON)");

        Download download = page.waitForDownload(export::click);

        assertThat(download.suggestedFilename()).startsWith("subject-access-" + DemoUsers.STARTER.employeeNumber());
        String file = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(file).contains("\"work_email\" : \"" + DemoUsers.STARTER.email() + "\"", "\"smartcard\"",
                "\"card_transition\"", "\"audit_event\"");
    }
}
