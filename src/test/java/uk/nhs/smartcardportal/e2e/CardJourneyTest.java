package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.sessions.CollectionSessionRepository;
import uk.nhs.smartcardportal.sessions.TestHospitals;
import uk.nhs.smartcardportal.sites.SiteRepository;

/**
 * One card's whole path, from nothing, through the pages of all four roles: Recruitment imports a starter, the
 * manager decides the role needs a card, Recruitment records it printed, the Workforce Systems Team receives it,
 * schedules a session, books the card onto it, takes it there and hands it over. The starter's own page is read at
 * every step and must say what is true then.
 */
class CardJourneyTest extends BrowserTest {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    TestHospitals hospitals;

    @Autowired
    SiteRepository sites;

    @Autowired
    CollectionSessionRepository sessions;

    @Autowired
    MovableClock clock;

    @Test
    void aCardGoesFromTheRequestToItsHolderThroughEveryRolesPages() {
        long n = System.nanoTime() % 1_000_000;
        String siteName =
                hospitals.open("Journey", "Main entrance, first floor").name();
        String number = "JRN" + n;
        String email = "agnes.jones." + n + "@test.nhs.example";
        String serial = String.format("8%011d", n);

        // asked for: Recruitment imports the starter from the recruitment system, the card still to be decided
        Page recruiter = openAs(DemoUsers.RECRUITER);
        CardSteps.importStarters(
                recruiter,
                url(""),
                "Employee number,First name,Last name,Work email,Start date,Base site,Manager employee number\n"
                        + number + ",Agnes,Jones," + email + ","
                        + LocalDate.now().plusWeeks(2).format(UK_DATE) + ","
                        + siteName + "," + DemoUsers.MANAGER.employeeNumber() + "\n");

        signInAsStaffMember("Agnes Jones", email);
        starterSees("We do not know yet whether your role needs a Smartcard", "Your manager will tell us");

        // decided: the manager says the role needs a card, which asks for it
        Page manager = openAs(DemoUsers.MANAGER);
        CardSteps.managerAsksForCard(manager, url(""), number, "Agnes Jones");
        manager.waitForTimeout(600);
        screenshot(manager, "team");
        starterSees("Your card has been asked for and is waiting to be printed", "Recruitment will print it");

        // printed: Recruitment records the card printed for the starter's base site
        recruiter.navigate(url("print-queue"));
        recruiter.locator("#print-queue-person input").fill(number);
        Locator rowCheckbox =
                recruiter.locator("vaadin-grid-cell-content vaadin-checkbox:not(#selectAllCheckbox)" + ":visible");
        assertThat(rowCheckbox).hasCount(1);
        rowCheckbox.click();
        screenshot(recruiter, "print-queue");
        button(recruiter, "Record selected as printed").click();
        recruiter.getByLabel("Card number for Agnes Jones").fill(serial);
        button(recruiter, "Record as printed").click();
        assertThat(recruiter.locator("vaadin-notification-card").first()).containsText("1 card recorded as printed");
        starterSees(
                "Your card has been printed and is on its way to the Workforce Systems Team",
                "When the Workforce Systems Team has received it");
        page.navigate(url("my-card"));
        assertThat(page.locator(".collection-place")).containsText(siteName);
        page.navigate(url("messages"));
        assertThat(page.locator("vaadin-details").first()).containsText("Your NHS Smartcard has been printed");

        // received: the Workforce Systems Team scans the card into the store
        Page workforce = openAs(DemoUsers.ADMIN);
        workforce.navigate(url("receive-cards"));
        assertThat(workforce.locator("h1")).hasText("Receive printed cards");
        workforce.locator("#receive-serials textarea").fill(serial + "\n123");
        button(workforce, "Check the cards").click();
        assertThat(workforce.locator(".receive-result")).containsText("Expected: 1");
        assertThat(workforce.locator(".receive-result")).containsText("Agnes Jones");
        assertThat(workforce.locator(".receive-result")).containsText("Not card numbers: 1");
        screenshot(workforce, "receive-cards");
        button(workforce, "Receive 1 card into the store").click();
        assertThat(workforce.locator("vaadin-notification-card").first())
                .containsText("1 card received into the store");
        starterSees(
                "Your card is in the Workforce Systems store, ready for a collection session",
                "No collection sessions are planned at " + siteName + " yet");

        // booked: a session at the site, and the card booked onto it from the suggested plan
        LocalDate day = LocalDate.now(UkTime.ZONE).plusDays(2);
        String room = "Seminar Room " + n % 1000;
        workforce.navigate(url("sessions"));
        button(workforce, "New session").click();
        workforce
                .locator("vaadin-dialog-overlay vaadin-select, vaadin-dialog vaadin-select")
                .first()
                .click();
        workforce
                .locator("vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText(siteName))
                .click();
        workforce
                .getByLabel("Room", new Page.GetByLabelOptions().setExact(true))
                .fill(room);
        workforce.getByLabel("Date").fill(day.format(UK_DATE));
        workforce.getByLabel("Date").press("Enter");
        button(workforce, "Schedule session").click();
        assertThat(workforce.locator("vaadin-notification-card").first()).containsText("Session scheduled");
        long sessionId = sessions.findAll().stream()
                .filter(session -> session.getRoom().equals(room))
                .findFirst()
                .orElseThrow()
                .getId();
        workforce.navigate(url("allocate"));
        workforce.locator("vaadin-select").first().click();
        workforce
                .locator("vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText(siteName))
                .click();
        assertThat(workforce.locator("vaadin-grid")).containsText("Agnes Jones");
        button(workforce, "Book 1 card").click();
        assertThat(workforce.locator("vaadin-notification-card").first()).containsText("1 card booked");
        starterSees("Your card is booked onto a collection session", "Come to your session");
        page.navigate(url("my-card"));
        assertThat(page.locator(".session-card").first()).containsText(room);

        // taken to session: the run sheet moves the card into the session's custody
        workforce.navigate(url("sessions/" + sessionId + "/run-sheet"));
        assertThat(workforce.locator(".run-sheet-table")).containsText("Agnes Jones");
        button(workforce, "Taken to session").click();
        assertThat(workforce.locator(".run-sheet-table")).containsText("At the collection session");
        starterSees("Your card is at your collection session", "come with your identity documents");

        // handed over: at the session, after the identity check
        clock.setInstant(day.atTime(LocalTime.of(10, 5)).atZone(UkTime.ZONE).toInstant());
        // two days on, yesterday's sign-ins have ended (PORTAL_SESSION_LIFETIME): each person signs in again
        workforce.navigate(url("desk/" + sessionId));
        assertThat(workforce.locator("h1")).hasText("Demo sign-in");
        workforce
                .locator("button[data-subject='" + DemoUsers.ADMIN.subject() + "']")
                .click();
        assertThat(workforce.locator("vaadin-app-layout")).isVisible();
        signInAsStaffMember("Agnes Jones", email);
        workforce.navigate(url("desk/" + sessionId));
        workforce.getByLabel("Find the person").fill("agnes jones");
        assertThat(workforce.locator(".desk-person h2")).hasText("Agnes Jones");
        workforce
                .locator("vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Passport"))
                .click();
        workforce
                .locator("vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Council tax statement"))
                .click();
        screenshot(workforce, "hand-over-desk");
        workforce
                .locator("vaadin-button[aria-label='Hand over the card to Agnes Jones']")
                .click();
        assertThat(workforce.locator("vaadin-notification-card").first()).containsText("Card handed to Agnes Jones");
        assertThat(workforce.locator(".desk-header")).containsText("Collected 1 of 1");
        workforce.navigate(url("sessions/" + sessionId + "/run-sheet"));
        assertThat(workforce.locator(".run-sheet-table")).containsText("by " + DemoUsers.ADMIN.fullName());
        screenshot(workforce, "run-sheet");

        // collected
        starterSees("You have collected your card", "There is nothing more to do");
        workforce.navigate(url("find-card"));
        workforce.getByLabel("Card number, name or employee number").fill(serial);
        assertThat(workforce.locator(".find-card-now")).containsText("With the holder");
        clock.reset();
        workforce.navigate(url("dashboard"));
        assertThat(workforce.locator(".bar-chart svg")).hasCount(5);
        screenshot(workforce, "dashboard");

        // lost: the holder reports the card lost, and Recruitment finds the new card in the print queue
        page.navigate(url("my-card"));
        page.locator("vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("I have lost it"))
                .click();
        button(page, "Report my card lost or stolen").click();
        page.locator("vaadin-dialog-overlay vaadin-button, vaadin-dialog vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Report it and ask for a new card"))
                .last()
                .click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Your card is recorded as lost");
        assertThat(page.locator("h2").first()).hasText("Your card has been asked for and is waiting to be printed");
        recruiter.navigate(url("print-queue"));
        recruiter.locator("#print-queue-person input").fill(number);
        assertThat(recruiter.locator("vaadin-grid").first()).containsText("Agnes Jones");
        assertThat(recruiter.locator("vaadin-grid").first()).containsText(serial);
    }

    /** The starter's own page, reloaded: the headline and next step of the card as it is now. */
    private void starterSees(String headline, String nextStep) {
        page.navigate(url("my-card"));
        assertThat(page.locator("h2").first()).hasText(headline);
        assertThat(page.locator(".portal-card").first()).containsText(nextStep);
        page.navigate(url(""));
        assertThat(page.locator(".home-card-summary h2")).hasText(headline);
    }

    private static Locator button(Page on, String text) {
        return CardSteps.button(on, text);
    }
}
