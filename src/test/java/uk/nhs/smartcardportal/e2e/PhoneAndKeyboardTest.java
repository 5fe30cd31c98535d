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
        Locator group = page.locator("vaadin-side-nav.portal-menu-group")
                .filter(new Locator.FilterOptions().setHasText("People and settings"));
        Locator auditLink =
                page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Audit trail"));
        assertThat(auditLink).not().isInViewport();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(375);
        screenshot("home-phone");

        page.locator("vaadin-drawer-toggle").click();
        assertThat(page.locator("vaadin-side-nav-item").first()).isInViewport();
        // The Workforce menu is grouped by task; a group opens to show its pages, and the drawer scrolls.
        group.scrollIntoViewIfNeeded();
        group.locator("button[part=label]").click();
        auditLink.scrollIntoViewIfNeeded();
        assertThat(auditLink).isInViewport();
        auditLink.click();
        assertThat(page.locator("h1")).hasText("Audit trail");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(375);
    }

    @Test
    void theMenuAndSignOutWorkByKeyboardAlone() {
        signInAs(DemoUsers.ADMIN);

        tabToMenuItem("People and settings");
        page.keyboard().press("Enter");
        tabToMenuItem("Audit trail");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Audit trail");

        page.locator("#sign-out").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("You have signed out");
    }

    /** Presses Tab until a menu entry or a menu group's heading (its own words, not its pages) has the focus. */
    private void tabToMenuItem(String label) {
        String reached = null;
        for (int i = 0; i < 80 && !label.equals(reached); i++) {
            page.keyboard().press("Tab");
            reached = (String) page.evaluate("() => { let e = document.activeElement;"
                    + " while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;"
                    + " let item = e;"
                    + " while (item && item.localName !== 'vaadin-side-nav-item' && item.localName !== 'vaadin-side-nav')"
                    + "   item = item.parentElement || (item.getRootNode && item.getRootNode().host) || null;"
                    + " if (!item) return e ? e.textContent.trim() : null;"
                    + " if (item.localName === 'vaadin-side-nav') {"
                    + "   const label = item.querySelector('[slot=label]'); return label ? label.textContent.trim() : null; }"
                    + " return Array.from(item.childNodes).filter(n => n.nodeType === 3 || (!n.slot"
                    + "   && n.localName !== 'vaadin-side-nav-item')).map(n => n.textContent).join('').trim(); }");
        }
        assertThat(reached).isEqualTo(label);
    }
}
