package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.dev.DemoUser;

/** End-to-end tests in Debian's Chromium, driven by Playwright, through the real OIDC sign-in. */
@IntegrationTest
abstract class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    private final List<String> blockedByContentSecurityPolicy = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<BrowserContext> otherContexts = new java.util.ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = launchChromium(playwright);
    }

    /** Debian's Chromium, headless, without the background traffic that slows tests on a small machine. */
    static Browser launchChromium(Playwright playwright) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM + ": install Debian's chromium "
                    + "(.ci/run does) or set CHROMIUM_PATH");
        }
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                blockedByContentSecurityPolicy.add(message.text());
            }
        });
    }

    /** Another person's browser, signed in as the demo user, beside this test's page; closed after the test. */
    Page openAs(DemoUser user) {
        BrowserContext other = browser.newContext(
                new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900));
        other.setDefaultTimeout(20_000);
        otherContexts.add(other);
        Page otherPage = other.newPage();
        otherPage.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                blockedByContentSecurityPolicy.add(message.text());
            }
        });
        otherPage.navigate(url(""));
        otherPage.locator("button[data-subject='" + user.subject() + "']").click();
        assertThat(otherPage.locator("vaadin-app-layout")).isVisible();
        return otherPage;
    }

    /** Saves what a person sees on another page, for the README and for looking into failures. */
    static void screenshot(Page of, String name) {
        of.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    @AfterEach
    void closePage() {
        otherContexts.forEach(BrowserContext::close);
        otherContexts.clear();
        context.close();
        org.assertj.core.api.Assertions.assertThat(blockedByContentSecurityPolicy)
                .as("what the portal's content security policy blocked in the browser")
                .isEmpty();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Opens the portal and signs in on the embedded provider's page with the demo user's button. */
    void signInAs(DemoUser user) {
        page.navigate(url(""));
        clickSignInButton(user.subject());
        assertThat(page.locator("vaadin-app-layout")).isVisible();
    }

    /** Signs in for the first time as a member of staff known to the portal only by their verified work e-mail. */
    void signInAsStaffMember(String name, String email) {
        signInAsSubject(
                name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + ".e2e",
                "{\"name\":\"" + name + "\",\"email\":\"" + email
                        + "\",\"email_verified\":true,\"roles\":[\"STAFF\"]}");
    }

    /** Signs in with the provider's free-form box, as any subject with the given claims. */
    void signInAsSubject(String subject, String claimsJson) {
        page.navigate(url(""));
        onProviderLoginPage();
        page.locator("#username").fill(subject);
        page.locator("#claims").fill(claimsJson);
        page.locator("form:has(#username) button[type=submit]").click();
        assertThat(page.locator("vaadin-app-layout")).isVisible();
    }

    void clickSignInButton(String subject) {
        page.locator("button[data-subject='" + subject + "']").click();
    }

    /** Saves what the person sees, for the README and for looking into failures. */
    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    void onProviderLoginPage() {
        assertThat(page.locator("h1")).hasText("Demo sign-in");
    }
}
