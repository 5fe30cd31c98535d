package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.dev.DemoUsers;

/** The starter asks "can I use a staff passport?" on a phone and gets the answer first, then what to do. */
class MyPassportJourneyTest extends BrowserTest {

    @Test
    void theStarterSeesTheirPassportAnswerOnAPhone() {
        page.setViewportSize(375, 740);
        signInAs(DemoUsers.STARTER);

        page.navigate(url("passport"));

        assertThat(page.locator("h1")).hasText("My staff passport");
        assertThat(page.locator(".passport-outcome h2")).hasText("Not yet: a few things first");
        assertThat(page.locator(".passport-outcome"))
                .containsText("Information governance: Renew it in ESR " + "e-learning.");
        Locator governance = page.locator(".passport-checklist li")
                .filter(new Locator.FilterOptions().setHasText("Information governance."));
        assertThat(governance.locator(".passport-state")).hasText("Not met");
        assertThat(page.locator(".passport-checklist li")).hasCount(16);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(375);
        screenshot("my-passport-phone");
    }

    @Test
    void theWorkforceSystemsTeamSeesEveryonesAnswer() {
        signInAs(DemoUsers.ADMIN);

        page.navigate(url("passports"));

        assertThat(page.locator("h1")).hasText("Staff passports");
        page.getByLabel("Name or employee number").fill(DemoUsers.STARTER.employeeNumber());
        assertThat(page.locator("vaadin-grid-cell-content:visible")
                        .filter(new Locator.FilterOptions().setHasText(DemoUsers.STARTER.fullName())))
                .hasCount(1);
        assertThat(page.locator("vaadin-grid-cell-content:visible")
                        .filter(new Locator.FilterOptions().setHasText("Not yet")))
                .hasCount(1);
        screenshot("staff-passports");
    }
}
