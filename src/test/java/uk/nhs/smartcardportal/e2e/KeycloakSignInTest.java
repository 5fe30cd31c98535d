package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import uk.nhs.smartcardportal.dev.KeycloakInitializer;
import uk.nhs.smartcardportal.security.Role;

/**
 * Signs in as each person in docker/keycloak/smartcard-realm.json through a real Keycloak, proving the realm file
 * (client, secret, users, roles, the {@code roles} claim mapper) and the portal's claim-to-role mapping together.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "vaadin.devmode.devTools.enabled=false",
            "portal.reminders.cron=-",
            "portal.mail.sender-cron=-",
            "portal.passport.reassess-cron=-",
            "portal.retention.cron=-"
        })
@ActiveProfiles("dev")
@ContextConfiguration(initializers = KeycloakInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class KeycloakSignInTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = BrowserTest.launchChromium(playwright);
    }

    @AfterAll
    static void closeBrowserAndKeycloak() {
        browser.close();
        playwright.close();
        KeycloakInitializer.stopKeycloak();
    }

    static Stream<Arguments> realmUsers() {
        return Stream.of(
                Arguments.of("amira.khan", "Amira Khan", EnumSet.of(Role.STAFF)),
                Arguments.of("tom.reilly", "Tom Reilly", EnumSet.of(Role.STAFF, Role.MANAGER)),
                Arguments.of("grace.okafor", "Grace Okafor", EnumSet.of(Role.STAFF, Role.RECRUITMENT)),
                Arguments.of("dave.jones", "Dave Jones", EnumSet.of(Role.STAFF, Role.WORKFORCE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realmUsers")
    void signsInThroughKeycloakWithTheRolesOfTheRealm(String username, String fullName, Set<Role> roles) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");

            assertThat(page.locator("#kc-form-login")).isVisible();
            page.locator("#username").fill(username);
            page.locator("#password").fill("demo");
            page.locator("#kc-login").click();

            assertThat(page.locator(".portal-user-name")).hasText(fullName);
            assertThat(page.locator(".portal-user-roles"))
                    .hasText(roles.stream().map(Role::label).collect(Collectors.joining(", ")));
            assertThat(page.locator("h1")).containsText(fullName);

            page.navigate("http://localhost:" + port + "/stock");
            if (roles.contains(Role.WORKFORCE)) {
                assertThat(page).hasTitle("Stock · Smartcard Portal");
            } else {
                assertThat(page.locator("h1")).hasText("Page not found");
            }

            page.waitForRequest(
                    request -> request.url().contains("/protocol/openid-connect/logout"),
                    () -> page.locator("#sign-out").click());
            assertThat(page.locator("h1")).hasText("You have signed out");
        }
    }
}
