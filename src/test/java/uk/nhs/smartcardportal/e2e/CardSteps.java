package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;

/** The steps of a card's path that several journeys take, each done on the pages of the role that does it. */
final class CardSteps {

    private CardSteps() {}

    /** Recruitment imports a starters file on Import starters. */
    static void importStarters(Page recruiter, String portal, String csv) {
        recruiter.navigate(portal + "import-starters");
        recruiter
                .locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("starters.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        button(recruiter, "Import 1 person").click();
        assertThat(recruiter.locator("h2").filter(new Locator.FilterOptions().setHasText("Imported starters.csv")))
                .isVisible();
    }

    /** The manager decides on My team that the person's role needs a card, for clinical systems. */
    static void managerAsksForCard(Page manager, String portal, String employeeNumber, String fullName) {
        manager.navigate(portal + "team");
        manager.locator("#team-person input").fill(employeeNumber);
        assertThat(manager.locator("#team-grid vaadin-grid-cell-content vaadin-button:visible"))
                .hasCount(1);
        manager.locator("vaadin-button[aria-label='Decide for " + fullName + "']:visible")
                .click();
        manager.locator("vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Access to clinical systems"))
                .click();
        button(manager, "Save").click();
        assertThat(manager.locator("vaadin-notification-card").first()).containsText("Card asked for");
        assertThat(manager.locator("#team-grid")).containsText("Requested");
    }

    /** Recruitment records the person's card printed from the print queue, with its card number. */
    static void recordPrinted(Page recruiter, String portal, String employeeNumber, String fullName, String serial) {
        recruiter.navigate(portal + "print-queue");
        recruiter.locator("#print-queue-person input").fill(employeeNumber);
        Locator rowCheckbox =
                recruiter.locator("vaadin-grid-cell-content vaadin-checkbox:not(#selectAllCheckbox)" + ":visible");
        assertThat(rowCheckbox).hasCount(1);
        rowCheckbox.click();
        button(recruiter, "Record selected as printed").click();
        recruiter.getByLabel("Card number for " + fullName).fill(serial);
        button(recruiter, "Record as printed").click();
        assertThat(recruiter.locator("vaadin-notification-card").first()).containsText("1 card recorded as printed");
    }

    /** The Workforce Systems Team scans the card into the store on Receive printed cards. */
    static void receiveIntoStore(Page workforce, String portal, String serial) {
        workforce.navigate(portal + "receive-cards");
        workforce.locator("#receive-serials textarea").fill(serial);
        button(workforce, "Check the cards").click();
        assertThat(workforce.locator(".receive-result")).containsText("Expected: 1");
        button(workforce, "Receive 1 card into the store").click();
        assertThat(workforce.locator("vaadin-notification-card").first())
                .containsText("1 card received into the store");
    }

    static Locator button(Page on, String text) {
        return on.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(text));
    }
}
