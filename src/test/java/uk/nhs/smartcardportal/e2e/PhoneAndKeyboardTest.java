package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.dev.DemoUsers;

/** The shell on a 375-px phone screen, and used by keyboard alone. */
class PhoneAndKeyboardTest extends BrowserTest {

    @Test
    void onAPhoneTheMenuFoldsAwayAndNothingScrollsSideways() {
        page.setViewportSize(375, 667);
        signInAs(DemoUsers.ADMIN);

        assertThat(page.locator("h1")).containsText("Dave Jones");
        Locator auditLink = page.locator("vaadin-side-nav-item").filter(
                new Locator.FilterOptions().setHasText("Audit trail"));
        assertThat(auditLink).not().isInViewport();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);
        screenshot("home-phone");

        page.locator("vaadin-drawer-toggle").click();
        assertThat(page.locator("vaadin-side-nav-item").first()).isInViewport();
        // The Workforce menu is longer than a phone screen: the drawer scrolls.
        auditLink.scrollIntoViewIfNeeded();
        assertThat(auditLink).isInViewport();
        auditLink.click();
        assertThat(page.locator("h1")).hasText("Audit trail");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);
    }

    @Test
    void theMenuAndSignOutWorkByKeyboardAlone() {
        signInAs(DemoUsers.ADMIN);

        String reached = null;
        for (int i = 0; i < 80 && !"Audit trail".equals(reached); i++) {
            page.keyboard().press("Tab");
            reached = (String) page.evaluate("() => { let e = document.activeElement;"
                    + " while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;"
                    + " const item = e && e.closest ? e.closest('vaadin-side-nav-item') : null;"
                    + " return item ? item.textContent.trim() : (e ? e.textContent.trim() : null); }");
        }
        assertThat(reached).isEqualTo("Audit trail");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Audit trail");

        page.locator("#sign-out").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("You have signed out");
    }
}
