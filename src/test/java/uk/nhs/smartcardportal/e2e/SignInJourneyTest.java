package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.dev.DemoUsers;

class SignInJourneyTest extends BrowserTest {

    @Test
    void aStarterSignsInSeesAStartersMenuAndSignsOut() {
        signInAs(DemoUsers.STARTER);

        assertThat(page.locator("h1")).containsText("Amira Khan");
        assertThat(page.locator("html")).hasAttribute("lang", "en-GB");
        String icon = page.locator("link[rel=icon]").getAttribute("href");
        com.microsoft.playwright.APIResponse favicon = page.request().get(url(icon));
        org.assertj.core.api.Assertions.assertThat(favicon.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(favicon.headers().get("content-type"))
                .startsWith("image/svg+xml");
        screenshot("home-staff");
        assertThat(page.locator(
                        "vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Home")))
                .isVisible();
        assertThat(page.locator("vaadin-side-nav-item")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Audit trail")))
                .hasCount(0);

        // Sign-out goes through the provider's end-session endpoint (RP-initiated logout) and comes back.
        page.waitForRequest(
                request -> request.url().contains("/demo/endsession"),
                () -> page.locator("#sign-out").click());
        assertThat(page.locator("h1")).hasText("You have signed out");

        page.navigate(url(""));
        onProviderLoginPage();
    }

    @Test
    void workforceSignsInAndSeesTheAuditTrail() {
        signInAs(DemoUsers.ADMIN);

        assertThat(page.locator("vaadin-side-nav-item")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Audit trail")))
                .hasCount(1);
        // the menu is grouped by task; a group opens to show its pages
        page.locator("vaadin-side-nav.portal-menu-group")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("People and settings"))
                .locator("button[part=label]")
                .click();
        page.locator("vaadin-side-nav-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Audit trail"))
                .click();
        assertThat(page.locator("h1")).hasText("Audit trail");
        assertThat(page.locator("vaadin-grid")).isVisible();
        screenshot("audit-trail");
        // Other tests leave many newer events (some dated ahead by a moved test clock), so look this one up.
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.TEXTBOX,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName("Action")
                                .setExact(true))
                .fill("STAFF_IDENTITY_LINKED");
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText("STAFF_IDENTITY_LINKED"))
                        .first())
                .isVisible();
    }

    @Test
    void anUnauthenticatedVisitToAnyViewGoesToSignIn() {
        page.navigate(url("audit"));
        onProviderLoginPage();

        page.navigate(url("no-such-page"));
        onProviderLoginPage();
    }

    @Test
    void someoneWithoutAStaffRecordIsToldSoAndWhomToContact() {
        page.navigate(url(""));
        onProviderLoginPage();
        screenshot("demo-sign-in");
        clickSignInButton(DemoUsers.UNKNOWN_SUBJECT);

        assertThat(page.locator("h1")).hasText("We could not find your staff record");
        assertThat(page.locator("main")).containsText("visiting.locum@nhs.example");
        assertThat(page.locator("a[href^='mailto:']")).hasText("workforce.systems@nhs.example");
        screenshot("no-staff-record");
    }

    @Test
    void aStarterWhoOpensAnAdminPageIsToldItIsNotFound() {
        signInAs(DemoUsers.STARTER);

        page.navigate(url("audit"));
        assertThat(page.locator("h1")).hasText("Page not found");
    }
}
