package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.dev.DemoUsers;

/** Screens laid out for a day's work: lists as tall as the window, dates on one line, nothing cut or pushed off. */
class ScreensForAWorkingDayTest extends BrowserTest {

    @Autowired
    CardFixtures fixtures;

    @Test
    void aListTakesTheHeightOfTheWindowAndItsDatesStayOnOneLine() {
        page.setViewportSize(1280, 1000);
        signInAs(DemoUsers.ADMIN);
        page.navigate(url("custody"));
        Locator grid = page.locator("vaadin-grid");
        assertThat(grid).isVisible();
        page.waitForTimeout(500);

        double bottom = ((Number) grid.evaluate("grid => grid.getBoundingClientRect().bottom")).doubleValue();
        assertThat(bottom)
                .as("the list reaches the foot of the window, not 400 px and space below")
                .isGreaterThan(900);

        // the lines a cell's text is laid out in: one rectangle per line
        List<Integer> lines = page
                .locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions()
                        .setHasText(java.util.regex.Pattern.compile("^\\d{1,2}\\u00a0\\w{3}\\u00a0\\d{4}$")))
                .all()
                .stream()
                .map(cell -> ((Number) cell.evaluate("cell => { const range = document.createRange();"
                                + " range.selectNodeContents(cell); return range.getClientRects().length; }"))
                        .intValue())
                .toList();
        assertThat(lines)
                .isNotEmpty()
                .allSatisfy(count -> assertThat(count).as("a date on one line").isEqualTo(1));
    }

    @Test
    void theSessionPickerAndTheSessionsListShowTheirTextWhole() {
        fixtures.cardInStore("Picker", "Person", DemoUsers.BROADGREEN);
        signInAs(DemoUsers.ADMIN);
        page.navigate(url("allocate"));
        assertThat(page.locator("vaadin-grid vaadin-combo-box").first()).isVisible();

        List<Integer> cutInputs = page.locator("vaadin-grid vaadin-combo-box input").all().stream()
                .map(input -> ((Number) input.evaluate("input => input.scrollWidth - input.clientWidth")).intValue())
                .filter(overflow -> overflow > 0)
                .toList();
        assertThat(cutInputs).as("every session shown whole in its box").isEmpty();

        page.navigate(url("sessions"));
        Locator status = page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^(Status|Scheduled)$")))
                .first();
        assertThat(status).isVisible();
        assertThat(((Number) status.evaluate("cell => cell.scrollWidth - cell.clientWidth")).intValue())
                .as("the status is not cut short")
                .isLessThanOrEqualTo(0);
    }

    @Test
    void chartLabelsAreWholeNotCut() {
        signInAs(DemoUsers.ADMIN);
        page.navigate(url("dashboard"));
        assertThat(page.locator(".bar-chart svg").first()).isVisible();

        String labels =
                String.join(" | ", page.locator(".bar-chart svg text.bar-label").allTextContents());

        assertThat(labels)
                .doesNotContain("…")
                .contains(CardStatus.IN_STORE.label().replace(" store", ""));
    }

    @Test
    void messagesReadOnA375PixelPhoneWithoutScrollingSideways() {
        CardFixtures.Starter starter = fixtures.cardAllocated("Narrow", "Screen", DemoUsers.AINTREE);
        page.setViewportSize(375, 740);
        signInAsStaffMember("Narrow Screen", starter.email());
        page.navigate(url("messages"));
        page.locator("vaadin-details").first().locator("vaadin-details-summary").click();
        assertThat(page.locator("vaadin-details[opened] pre").first()).isVisible();

        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(375);
        double overflow = ((Number) page.evaluate("() => Math.max(...Array.from(document.querySelectorAll("
                        + "'vaadin-details pre')).map(pre => pre.scrollWidth - pre.clientWidth))"))
                .doubleValue();
        assertThat(overflow).as("no message text runs past the screen's edge").isLessThanOrEqualTo(0);
    }
}
