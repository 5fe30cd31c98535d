package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUsers;

/** A starter on a 375-px phone on day one: status, place and time at a glance, and the session into the calendar. */
class MyCardOnPhoneTest extends BrowserTest {

    @Autowired
    CardFixtures fixtures;

    @Test
    void onAPhoneTheStarterSeesTheirSessionAndAddsItToTheirCalendarByKeyboard() throws Exception {
        CardFixtures.Starter starter = fixtures.cardAllocated("Phone", "Holder", DemoUsers.AINTREE);
        page.setViewportSize(375, 740);
        signInAsStaffMember("Phone Holder", starter.email());

        assertThat(page.locator(".home-card-summary")).containsText("Your card is booked onto a collection session");
        assertThat(page.locator(".home-card-summary")).containsText("Your session: ");
        screenshot("home-starter-phone");
        org.assertj.core.api.Assertions.assertThat(
                        page.locator("vaadin-dev-tools").count())
                .as("the local run shows the product, not Vaadin's development tools over it")
                .isZero();

        page.navigate(url("my-card"));
        assertThat(page.locator("h1")).hasText("My smartcard");
        assertThat(page.locator("ol[aria-label=\"Your card's progress\"] li[aria-current=step]"))
                .containsText("Booked onto a collection session");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(375);
        screenshot("my-card-phone");

        page.locator(".session-card-calendar").first().focus();
        Download download = page.waitForDownload(() -> page.keyboard().press("Enter"));
        String ics = Files.readString(download.path());
        assertThat(download.suggestedFilename()).endsWith(".ics");
        assertThat(ics)
                .contains("BEGIN:VCALENDAR", "SUMMARY:Collect your NHS Smartcard", "Aintree University Hospital")
                .containsPattern("DTSTART:\\d{8}T\\d{6}Z");
    }
}
