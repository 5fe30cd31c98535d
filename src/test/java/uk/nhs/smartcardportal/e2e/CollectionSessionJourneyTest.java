package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.sessions.CollectionSessionRepository;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteKind;
import uk.nhs.smartcardportal.sites.SiteRepository;

/**
 * The Workforce Systems Team schedules a session, books a waiting card onto it, takes it there and hands it over;
 * the starter then sees the card collected.
 */
class CollectionSessionJourneyTest extends BrowserTest {

    @Autowired
    CardFixtures fixtures;
    @Autowired
    SiteRepository sites;
    @Autowired
    CollectionSessionRepository sessions;

    @Test
    void aCardGoesFromTheStoreThroughASessionToItsHolder() {
        String siteName = "Journey Hospital " + System.nanoTime() % 1_000_000;
        sites.save(new Site(siteName, SiteKind.HOSPITAL, "5 Journey Road", "Main entrance, first floor"));
        CardFixtures.Starter starter = fixtures.cardInStore("Kathleen", "Lonsdale", siteName);
        String room = "Seminar Room " + System.nanoTime() % 1000;

        signInAs(DemoUsers.ADMIN);
        page.navigate(url("sessions"));
        assertThat(page.locator("h1")).hasText("Collection sessions");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("New session")).click();
        page.locator("vaadin-dialog-overlay vaadin-select, vaadin-dialog vaadin-select").first().click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(siteName)).click();
        page.getByLabel("Room").fill(room);
        page.getByLabel("Date").fill(LocalDate.now().plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        page.getByLabel("Date").press("Enter");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Schedule session")).click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Session scheduled");
        long sessionId = sessions.findAll().stream().filter(session -> session.getRoom().equals(room))
                .findFirst().orElseThrow().getId();

        page.navigate(url("allocate"));
        page.locator("vaadin-select").first().click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(siteName)).click();
        assertThat(page.locator("vaadin-grid")).containsText("Kathleen Lonsdale");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Book 1 card")).click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("1 card booked");

        page.navigate(url("sessions/" + sessionId + "/run-sheet"));
        assertThat(page.locator(".run-sheet-table")).containsText("Kathleen Lonsdale");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Taken to session")).click();
        assertThat(page.locator(".run-sheet-table")).containsText("At the collection session");
        screenshot("run-sheet");

        page.navigate(url("desk/" + sessionId));
        page.getByLabel("Find the person").fill("lonsdale");
        assertThat(page.locator(".desk-person h2")).hasText("Kathleen Lonsdale");
        screenshot("hand-over-desk");
        page.locator("vaadin-button[aria-label='Hand the card to Kathleen Lonsdale, Passport seen']").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Card handed to Kathleen Lonsdale");
        assertThat(page.locator(".desk-header")).containsText("Collected 1 of 1");

        page.navigate(url("dashboard"));
        assertThat(page.locator(".bar-chart svg")).hasCount(5);
        assertThat(page.locator(".dashboard-tile").first()).isVisible();
        screenshot("dashboard");

        page.context().clearCookies();
        signInAsStaffMember("Kathleen Lonsdale", starter.email());
        page.navigate(url("my-card"));
        assertThat(page.locator("h2").first()).hasText("You have collected your card");
    }
}
