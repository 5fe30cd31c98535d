package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.bench.ProductionJar;
import uk.nhs.smartcardportal.dev.DevServices;

/**
 * Day one at a trust, as a deployment meets it: the jar built by the package phase, started with profile prod on an
 * empty database (no demo data) and configured only by environment variables, signing in through the embedded OIDC
 * provider's real flow. The first administrator sets the portal up through its pages alone, from the sites to the
 * first session; someone on the staff list who signs in before then is told it is not ready, and a starter imported
 * with a card needed sees their card once it is. Run by failsafe after the package phase.
 */
class ProductionDayOneIT {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String ADMIN_EMAIL = "dana.first@trust.nhs.example";
    private static final String STORE = "Williamson House";
    private static final String NORTH = "Northfield General Hospital";
    private static final String SOUTH = "Southbank Community Hospital";

    @Test
    void aProductionStartWithTheIdentityRoleMappingNotMeantStopsAndSaysWhy() throws Exception {
        Path jar = ProductionJar.find();
        org.assertj.core.api.Assertions.assertThat(jar).isNotNull();
        Map<String, Object> services = DevServices.properties();
        String database = ProductionJar.newDatabase(services, "mapping");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProductionJar.start(
                        jar, services, database, List.of(), Map.of("PORTAL_ALLOW_IDENTITY_ROLE_MAPPING", "false")))
                .hasMessageContaining("did not become ready")
                .hasMessageContaining(
                        "PORTAL_ROLE_MAPPING gives roles to provider values named like the portal's roles");
    }

    @Test
    void theFirstAdministratorSetsUpAnEmptyPortalAndAStarterSeesTheirCard() throws Exception {
        Path jar = ProductionJar.find();
        org.assertj.core.api.Assertions.assertThat(jar)
                .as("the portal's jar, built by the package phase before this test")
                .isNotNull();
        Map<String, Object> services = DevServices.properties();
        String database = ProductionJar.newDatabase(services, "dayone");
        try (ProductionJar portal = ProductionJar.start(
                        jar, services, database, List.of(), Map.of("PORTAL_FIRST_ADMINS", ADMIN_EMAIL));
                Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = BrowserTest.launchChromium(playwright)) {
            JdbcTemplate jdbc = ProductionJar.jdbc(database);
            org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from staff", Long.class))
                    .as("an empty portal")
                    .isZero();
            String base = portal.baseUrl();

            Page admin = signIn(browser, base, "dana.first", "Dana First", ADMIN_EMAIL);
            assertThat(admin.locator("h2").filter(new Locator.FilterOptions().setHasText("Getting started")))
                    .isVisible();

            addSite(admin, base, "Workforce Systems store", STORE, "L15 1HX");
            addSite(admin, base, "Hospital site", NORTH, "L9 7AL");
            addSite(admin, base, "Hospital site", SOUTH, "L7 8XP");

            String staffList = "Employee Number,First Name,Last Name,Email Address,Position Title,Location,"
                    + "Supervisor Employee Number\n"
                    + "E900001,Dana,First," + ADMIN_EMAIL + ",Workforce Systems Lead," + STORE + ",\n"
                    + "E900002,Mo,Manager,mo.manager@trust.nhs.example,Ward Manager," + NORTH + ",\n"
                    + "E900003,Sam,Early,sam.early@trust.nhs.example,Porter," + SOUTH + ",E900002\n";
            upload(admin, base + "import-staff-list", "staff-list.csv", staffList);
            button(admin, "Import 3 people").click();
            assertThat(admin.locator(".import-result")).containsText("3 added to the staff list");

            Page early = signIn(browser, base, "sam.early", "Sam Early", "sam.early@trust.nhs.example");
            assertThat(early.locator("h1")).hasText("The Smartcard Portal is not ready yet");

            String starters = "Employee number,First name,Last name,Work email,Start date,Base site,"
                    + "Manager employee number,Card needed,Card reason\n"
                    + "E900010,Nia,Starter,nia.starter@trust.nhs.example,"
                    + LocalDate.now().plusWeeks(2).format(UK) + "," + NORTH + ",E900002,yes,Clinical systems\n";
            upload(admin, base + "import-starters", "starters.csv", starters);
            button(admin, "Import 1 person").click();
            assertThat(admin.locator(".import-result")).containsText("1 card asked for");

            admin.navigate(base);
            button(admin, "The contact details and FAQ are right").click();

            // the portal's own items (blank smartcards, card holders) come with it; the trust records what it holds
            admin.navigate(base + "stock");
            button(admin, "Record a movement").click();
            choose(admin, 0, "Blank smartcards");
            choose(admin, 1, STORE);
            admin.getByLabel("Quantity").fill("200");
            dialogButton(admin, "Record").click();
            assertThat(admin.locator("vaadin-grid")).containsText("200 cards");

            admin.navigate(base + "sessions");
            button(admin, "New session").click();
            choose(admin, 0, NORTH);
            admin.getByLabel("Room", new Page.GetByLabelOptions().setExact(true))
                    .fill("Education Centre");
            admin.getByLabel("Date").fill(LocalDate.now().plusWeeks(3).format(UK));
            admin.getByLabel("Date").press("Enter");
            button(admin, "Schedule session").click();
            assertThat(admin.locator("vaadin-notification-card").first()).containsText("Session scheduled");

            admin.navigate(base);
            assertThat(admin.locator("h2").filter(new Locator.FilterOptions().setHasText("Getting started")))
                    .hasCount(0);

            Page starter = signIn(browser, base, "nia.starter", "Nia Starter", "nia.starter@trust.nhs.example");
            starter.navigate(base + "my-card");
            assertThat(starter.locator("h1")).hasText("My smartcard");
            assertThat(starter.locator("main")).containsText("Requested");
        }
    }

    /** A new browser, signed in through the provider's form as a person with a verified work e-mail and no role. */
    private static Page signIn(Browser browser, String base, String subject, String name, String email) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        page.navigate(base);
        page.locator("#username").fill(subject);
        page.locator("#claims")
                .fill("{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"email_verified\":true,\"roles\":[]}");
        page.locator("form:has(#username) button[type=submit]").click();
        page.waitForURL(url -> url.startsWith(base));
        assertThat(page.locator("h1").first()).isVisible();
        return page;
    }

    private static void addSite(Page admin, String base, String kind, String name, String postcode) {
        admin.navigate(base + "sites");
        button(admin, "Add a site").click();
        admin.locator("#site-kind").click();
        admin.locator("vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText(kind))
                .first()
                .click();
        admin.locator("#site-name input").fill(name);
        admin.locator("#site-address input").fill("1 Example Road, Liverpool");
        admin.locator("#site-postcode input").fill(postcode);
        dialogButton(admin, "Save").click();
        assertThat(admin.locator("vaadin-grid")).containsText(name);
    }

    private static void upload(Page admin, String address, String fileName, String csv) {
        admin.navigate(address);
        admin.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload(fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(admin.locator(".import-result h2").first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(
                        admin.locator(".import-result").first().innerText())
                .as("the check of " + fileName)
                .contains("Ready to import");
    }

    private static void choose(Page on, int select, String item) {
        on.locator("vaadin-dialog-overlay vaadin-select, vaadin-dialog vaadin-select")
                .nth(select)
                .click();
        on.locator("vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText(item))
                .first()
                .click();
    }

    private static Locator button(Page on, String text) {
        return on.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(text));
    }

    private static Locator dialogButton(Page on, String text) {
        return on.locator("vaadin-dialog-overlay vaadin-button, vaadin-dialog vaadin-button")
                .filter(new Locator.FilterOptions().setHasText(text))
                .last();
    }
}
