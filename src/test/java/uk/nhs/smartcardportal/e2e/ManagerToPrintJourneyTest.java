package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUser;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.staff.Staff;

/** A manager asks for a card for a team member, Recruitment records it printed, the person sees it ready. */
class ManagerToPrintJourneyTest extends BrowserTest {

    @Autowired
    CardFixtures fixtures;

    @Test
    void aCardAskedForByAManagerIsPrintedAndTheHolderSeesWhereToCollectIt() {
        Staff member = fixtures.newTeamMember("Agnes", "Jones");
        String serial = fixtures.uniqueSerial();

        as(DemoUsers.MANAGER, manager -> {
            manager.navigate(url("team"));
            assertThat(manager.locator("h1")).hasText("My team's smartcards");
            manager.locator("#team-person input").fill(member.getEmployeeNumber());
            // The filter applies after a short pause; wait for the grid to show only this person.
            assertThat(manager.locator("vaadin-grid-cell-content vaadin-button:visible")).hasCount(1);
            manager.locator("vaadin-button[aria-label='Decide for Agnes Jones']:visible").click();
            manager.locator("vaadin-radio-button").filter(new Locator.FilterOptions()
                    .setHasText("Access to clinical systems")).click();
            manager.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Save")).click();
            assertThat(manager.locator("vaadin-notification-card").first()).containsText("Card asked for");
            assertThat(manager.locator("vaadin-grid")).containsText("Requested");
            manager.waitForTimeout(600);
            screenshot(manager, "team");
        });

        as(DemoUsers.RECRUITER, recruiter -> {
            recruiter.navigate(url("print-queue"));
            assertThat(recruiter.locator("h1")).hasText("Print queue");
            recruiter.locator("#print-queue-person input").fill(member.getEmployeeNumber());
            Locator rowCheckbox = recruiter.locator("vaadin-grid-cell-content vaadin-checkbox:not(#selectAllCheckbox)"
                    + ":visible");
            assertThat(rowCheckbox).hasCount(1);
            rowCheckbox.click();
            screenshot(recruiter, "print-queue");
            recruiter.locator("vaadin-button").filter(new Locator.FilterOptions()
                    .setHasText("Record selected as printed")).click();
            recruiter.getByLabel("Card number for Agnes Jones").fill(serial);
            recruiter.locator("vaadin-button").filter(new Locator.FilterOptions()
                    .setHasText("Record as printed")).click();
            assertThat(recruiter.locator("vaadin-notification-card").first())
                    .containsText("1 card recorded as printed");
        });

        signInAsStaffMember("Agnes Jones", member.getWorkEmail());
        page.navigate(url("my-card"));
        assertThat(page.locator("h2").first()).hasText("Your card is ready: come to a collection session");
        assertThat(page.locator(".my-card")).containsText("Card number " + serial);
        assertThat(page.locator(".collection-place")).containsText(DemoUsers.AINTREE);
    }

    private void as(DemoUser user, Consumer<Page> work) {
        try (BrowserContext context = page.context().browser().newContext(new Browser.NewContextOptions()
                .setLocale("en-GB").setViewportSize(1280, 900))) {
            context.setDefaultTimeout(20_000);
            Page other = context.newPage();
            other.navigate(url(""));
            other.locator("button[data-subject='" + user.subject() + "']").click();
            assertThat(other.locator("vaadin-app-layout")).isVisible();
            work.accept(other);
        }
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots",
                name + ".png")).setFullPage(true));
    }
}
