package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.dev.DemoUsers;

/** A starter's journeys with the keyboard alone: Tab to move, Enter to act, typing to choose and to write. */
class KeyboardJourneyTest extends BrowserTest {

    /** Whether the focused element (inside shadow roots too) is in an element matching the selector. */
    private static final String FOCUS_IS_IN = "selector => { let e = document.activeElement;"
            + " while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;"
            + " while (e) { if (e.matches && e.matches(selector)) return true;"
            + " e = e.parentElement || (e.getRootNode && e.getRootNode().host) || null; }"
            + " return false; }";

    @Autowired
    CardFixtures fixtures;

    @Test
    void aStarterAsksToCollectAtAnotherSiteByKeyboardAlone() {
        newStarterOnMyCard("Kay", "Board");

        tabTo("#site-change-open");
        page.keyboard().press("Enter");
        // the form takes the focus when it opens (after the server's answer)
        page.waitForFunction(FOCUS_IS_IN, "#site-change-to");
        page.keyboard().press("Enter");
        // the list opens with the focus on an item; the arrow keys move it to the site wanted (typing a letter
        // would too, but the list forgets what was typed after half a second, which a busy machine can take)
        page.waitForFunction("() => document.querySelector('#site-change-to').opened"
                + " && document.activeElement && document.activeElement.localName === 'vaadin-select-item'");
        arrowDownTo(DemoUsers.BROADGREEN);
        page.keyboard().press("Enter");
        assertThat(page.locator("#site-change-to")).hasAttribute("has-value", "");
        assertThat(page.locator("#site-change-to vaadin-select-value-button")).containsText(DemoUsers.BROADGREEN);
        tabTo("#site-change-reason");
        page.keyboard().type("Broadgreen is on my way to work");
        tabTo("#site-change-ask");
        page.keyboard().press("Enter");

        assertThat(page.locator(".site-change-history")).containsText("Waiting for a decision");
    }

    @Test
    void aStarterBooksACollectionSessionByKeyboardAlone() {
        CardFixtures.Starter starter = newStarterOnMyCard("Tabitha", "Keys");

        tabTo(".session-choose");
        String chosen = (String) page.evaluate("() => document.activeElement.getAttribute('aria-label')");
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your collection session")))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(chosen).startsWith("Book this session: ");
        org.assertj.core.api.Assertions.assertThat(
                        fixtures.card(starter.cardId()).getStatus())
                .isEqualTo(CardStatus.ALLOCATED);
    }

    @Test
    void aStarterTurnsOffSessionRemindersByKeyboardAlone() {
        CardFixtures.Starter starter = fixtures.cardInStore("Remy", "Minder", DemoUsers.AINTREE);
        signInAsStaffMember("Remy Minder", starter.email());
        page.navigate(url("messages"));

        tabTo("#reminder-choice");
        assertThat(page.locator("#reminder-choice")).hasAttribute("checked", "");
        page.keyboard().press("Space");

        assertThat(page.getByText("We will not send you reminders.")).isVisible();
        assertThat(page.locator("#reminder-choice")).not().hasAttribute("checked", "");
    }

    @Test
    void aStarterFindsAnAnswerByKeyboardAlone() {
        signInAs(DemoUsers.STARTER);
        page.navigate(url("faq"));
        assertThat(page.locator("h1")).hasText("Help and frequently asked questions");

        tabTo("#faq-search");
        page.keyboard().type("passcode");
        assertThat(page.getByText(Pattern.compile("\\d+ questions? match"))).isVisible();
        tabTo(".faq-questions a");
        page.keyboard().press("Enter");

        assertThat(page.locator("#faq-question")).containsText("passcode");
        tabTo(".faq-back");
        page.keyboard().press("Enter");
        assertThat(page.locator(".faq-questions h2").first()).isVisible();
    }

    /** A new starter whose card waits in the store for Aintree, signed in for the first time, on My smartcard. */
    private CardFixtures.Starter newStarterOnMyCard(String firstName, String lastName) {
        CardFixtures.Starter starter = fixtures.cardInStore(firstName, lastName, DemoUsers.AINTREE);
        signInAsStaffMember(firstName + " " + lastName, starter.email());
        page.navigate(url("my-card"));
        assertThat(page.locator("h1")).hasText("My smartcard");
        return starter;
    }

    /** Presses Tab until the focus is in an element matching the selector, as a keyboard user would. */
    private void tabTo(String selector) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            if (focusIsIn(selector)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    /** Presses the down arrow until the focused item of an open list reads the text given. */
    private void arrowDownTo(String text) {
        for (int i = 0; i < 30; i++) {
            if (text.equals(page.evaluate("() => document.activeElement.textContent.trim()"))) {
                return;
            }
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("The arrow keys never reached " + text);
    }

    private boolean focusIsIn(String selector) {
        return (Boolean) page.evaluate(FOCUS_IS_IN, selector);
    }
}
