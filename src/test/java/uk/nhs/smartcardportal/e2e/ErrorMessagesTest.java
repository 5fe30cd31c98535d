package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.dev.DemoUsers;

/** What a person sees when something breaks: a calm message with a reference, never a stack trace. */
class ErrorMessagesTest extends BrowserTest {

    @Test
    void aFailingClickShowsANotificationWithAReference() {
        signInAs(DemoUsers.ADMIN);
        page.navigate(url("test-only/explode"));

        page.locator("#explode").click();

        assertThat(page.locator("vaadin-notification-card"))
                .containsText(Pattern.compile(
                        "something went wrong and the change was not saved.*quote reference [0-9A-F]{8}"));
        assertThat(page.locator("#explode")).isVisible();
    }

    @Test
    void aPageThatFailsToOpenShowsTheErrorPageWithAReference() {
        signInAs(DemoUsers.ADMIN);
        page.navigate(url("test-only/explode?fail=yes"));

        assertThat(page.locator("h1")).hasText("Sorry, something went wrong");
        assertThat(page.locator("#error-reference")).hasText(Pattern.compile("[0-9A-F]{8}"));
        assertThat(page.locator("body")).not().containsText("IllegalStateException");
    }
}
