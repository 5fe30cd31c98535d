package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.dev.DemoUsers;

/** A starter on a phone searches the FAQ, opens a question, reads the answer and goes back to all questions. */
class FaqJourneyTest extends BrowserTest {

    @Test
    void theStarterFindsAnAnswerOnAPhone() {
        page.setViewportSize(375, 740);
        signInAs(DemoUsers.STARTER);
        page.navigate(url("faq"));
        assertThat(page.locator("h1")).hasText("Help and frequently asked questions");
        page.evaluate("window.sameDocument = true");

        page.getByLabel("Search the questions and answers").fill("passcode");
        assertThat(page.getByText(java.util.regex.Pattern.compile("\\d+ questions? match")))
                .isVisible();
        page.locator(
                        ".faq-questions a",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("forgotten my passcode"))
                .first()
                .click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/faq/forgotten-passcode-or-locked-card$"));
        assertThat(page.locator("#faq-question")).containsText("passcode");
        assertThat(page.locator(".faq-answer")).not().hasText("");
        // the question opened inside the same page, not by loading the whole portal again
        assertThat(page.evaluate("window.sameDocument === true")).isEqualTo(true);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(375);
        screenshot("faq-answer-phone");

        assertThat(page.getByLabel("Search the questions and answers")).isHidden();

        page.getByText("All questions").click();
        assertThat(page.locator(".faq-questions h2").first()).isVisible();
        assertThat(page.getByLabel("Search the questions and answers")).isVisible();
    }
}
