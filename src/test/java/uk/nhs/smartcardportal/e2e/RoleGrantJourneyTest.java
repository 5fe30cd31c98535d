package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.sessions.TestHospitals;

/**
 * From nothing: Recruitment imports a starter; the Workforce Systems Team grants them Manager on People and roles,
 * until a date and for a reason; the person signs in and has the manager's page; the grant is withdrawn.
 */
class RoleGrantJourneyTest extends BrowserTest {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    TestHospitals hospitals;

    @Test
    void workforceGrantsARoleUntilADateForAReasonAndWithdrawsIt() {
        long n = System.nanoTime() % 1_000_000;
        String siteName = hospitals.open("Granting", "Main entrance").name();
        String number = "GRJ" + n;
        String email = "nia.jenkins." + n + "@test.nhs.example";
        CardSteps.importStarters(
                openAs(DemoUsers.RECRUITER),
                url(""),
                "Employee number,First name,Last name,Work email,Start date,Base site\n" + number + ",Nia,Jenkins,"
                        + email + "," + LocalDate.now().format(UK_DATE) + "," + siteName + "\n");

        Page workforce = openAs(DemoUsers.ADMIN);
        workforce.navigate(url("people"));
        workforce.getByLabel("Find a person").fill(number);
        workforce
                .locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Nia Jenkins"))
                .first()
                .click();
        assertThat(workforce.locator("h2").filter(new Locator.FilterOptions().setHasText("Roles of Nia Jenkins")))
                .isVisible();
        CardSteps.button(workforce, "Grant role").click();
        assertThat(workforce.locator("vaadin-date-picker[invalid]")).hasCount(1);

        LocalDate lastDay = LocalDate.now().plusMonths(3);
        workforce.getByLabel("Until").fill(lastDay.format(UK_DATE));
        workforce.getByLabel("Until").press("Enter");
        workforce.getByLabel("Why they need it").fill("Acting ward manager while the post is filled");
        CardSteps.button(workforce, "Grant role").click();
        assertThat(workforce.locator("vaadin-notification-card").first())
                .containsText(
                        "Granted Manager to Nia Jenkins until " + uk.nhs.smartcardportal.base.UkTime.date(lastDay));
        assertThat(workforce.locator(".portal-role-list")).containsText("Manager: Granted in the portal");
        screenshot(workforce, "people-and-roles");

        signInAsStaffMember("Nia Jenkins", email);
        page.navigate(url("team"));
        assertThat(page.locator("h1")).hasText("My team's smartcards");

        CardSteps.button(workforce, "Withdraw Manager").click();
        assertThat(workforce.locator("vaadin-notification-card").first())
                .containsText("Withdrew Manager from Nia Jenkins");
        assertThat(workforce.locator(".portal-role-list")).not().containsText("Granted in the portal");
    }
}
