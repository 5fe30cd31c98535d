package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUsers;

/** A starter sees their card for site A, asks for site B, the Workforce Systems Team approves, the starter sees B. */
class SiteChangeJourneyTest extends BrowserTest {

    @Autowired
    CardFixtures fixtures;

    @Test
    void aStarterMovesTheirCollectionToAnotherSite() {
        CardFixtures.Starter starter = fixtures.cardInStore("Clara", "Barton", DemoUsers.AINTREE);
        signInAsStaffMember("Clara Barton", starter.email());

        page.navigate(url("my-card"));
        assertThat(page.locator("h1")).hasText("My smartcard");
        assertThat(page.locator(".collection-place")).containsText(DemoUsers.AINTREE);
        screenshot("my-card");

        page.locator("#site-change-open").click();
        page.locator("#site-change-to").click();
        page.locator("vaadin-select-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(DemoUsers.BROADGREEN))
                .click();
        page.locator("#site-change-reason textarea").fill("Broadgreen is on my way to work");
        page.locator("#site-change-ask").click();
        assertThat(page.locator(".site-change-history")).containsText("Waiting for a decision");

        approveAsWorkforce("Clara Barton");

        page.reload();
        assertThat(page.locator(".collection-place")).containsText(DemoUsers.BROADGREEN);
        assertThat(page.locator(".site-change-history")).containsText("Approved");
        assertThat(page.locator("h2")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText("Next collection sessions at " + DemoUsers.BROADGREEN)))
                .isVisible();
        assertThat(page.locator(".session-card").first()).containsText("Training Room 3");
        screenshot("my-card-after-site-change");
    }

    private void approveAsWorkforce(String name) {
        try (BrowserContext admin =
                page.context().browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            admin.setDefaultTimeout(20_000);
            Page adminPage = admin.newPage();
            adminPage.navigate(url(""));
            adminPage
                    .locator("button[data-subject='" + DemoUsers.ADMIN.subject() + "']")
                    .click();
            assertThat(adminPage.locator("vaadin-app-layout")).isVisible();
            adminPage.navigate(url("site-changes"));
            assertThat(adminPage.locator("h1")).hasText("Site change requests");
            adminPage
                    .locator("vaadin-button[aria-label='Decide the request from " + name + "']")
                    .click();
            adminPage
                    .locator("vaadin-dialog-overlay textarea, vaadin-dialog textarea")
                    .first()
                    .fill("Approved: see you at Broadgreen");
            adminPage
                    .locator("vaadin-button")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Approve"))
                    .click();
            assertThat(adminPage.locator("vaadin-notification-card").first()).containsText("Approved");
        }
    }
}
