package uk.nhs.smartcardportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Clip;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.dev.DemoUser;
import uk.nhs.smartcardportal.dev.DemoUsers;

/**
 * WCAG 2.4.7 and 2.4.11: whatever the keyboard reaches shows that it has the focus. On each page, Tab through the
 * first stops; at each, the picture of the element (and a few pixels round it) with the focus must differ from the
 * picture once the focus is taken away.
 */
class VisibleFocusTest extends BrowserTest {

    private static final int STOPS = 25;
    private static final int MARGIN = 4;
    /** The deepest focused element, through shadow roots. */
    private static final String FOCUSED = "() => { let e = document.activeElement;"
            + " while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;"
            + " return e; }";
    /** The element's outermost host in the page (the component people see), its box and a name for reports. */
    private static final String BOX = "e => { let host = e; while (host.getRootNode() instanceof ShadowRoot)"
            + " host = host.getRootNode().host; const r = host.getBoundingClientRect();"
            + " const name = host.tagName.toLowerCase() + (host.id ? '#' + host.id : '') + ' \"'"
            + " + (host.getAttribute('aria-label') || host.textContent || '').trim().slice(0, 40) + '\"';"
            + " return [r.x, r.y, r.width, r.height, name]; }";

    @Test
    void everyKeyboardStopShowsItsFocusForEachRole() {
        Map<DemoUser, List<String>> pages = new LinkedHashMap<>();
        pages.put(DemoUsers.STARTER, List.of("", "my-card", "faq", "passport"));
        pages.put(DemoUsers.MANAGER, List.of("team"));
        pages.put(DemoUsers.RECRUITER, List.of("print-queue"));
        pages.put(DemoUsers.ADMIN, List.of("sessions", "people", "stock", "audit"));
        page.setViewportSize(1280, 1600);

        List<String> invisible = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<DemoUser, List<String>> role : pages.entrySet()) {
            context.clearCookies();
            signInAs(role.getKey());
            for (String path : role.getValue()) {
                page.navigate(url(path));
                page.waitForLoadState(LoadState.NETWORKIDLE);
                for (int stop = 0; stop < STOPS; stop++) {
                    page.keyboard().press("Tab");
                    JSHandle focused = page.evaluateHandle(FOCUSED);
                    if ((Boolean) page.evaluate("e => e === document.body", focused)) {
                        continue; // past the last stop, the focus is in the browser's own controls
                    }
                    List<?> box = (List<?>) page.evaluate(BOX, focused);
                    double width = number(box.get(2));
                    double height = number(box.get(3));
                    if (width < 1 || height < 1) {
                        continue;
                    }
                    Clip clip = new Clip(
                            Math.max(0, number(box.get(0)) - MARGIN),
                            Math.max(0, number(box.get(1)) - MARGIN),
                            width + 2 * MARGIN,
                            height + 2 * MARGIN);
                    byte[] withFocus = page.screenshot(new Page.ScreenshotOptions().setClip(clip));
                    page.evaluate("e => e.blur()", focused);
                    byte[] without = page.screenshot(new Page.ScreenshotOptions().setClip(clip));
                    page.evaluate("e => e.focus()", focused);
                    checked++;
                    if (Arrays.equals(withFocus, without)) {
                        invisible.add("/" + path + " (" + role.getKey().fullName() + "): " + box.get(4));
                    }
                }
            }
        }
        System.out.printf(
                "Visible focus: %d keyboard stops on %d pages, %d without a visible focus%n",
                checked, pages.values().stream().mapToInt(List::size).sum(), invisible.size());
        invisible.forEach(stop -> System.out.println("  no visible focus: " + stop));
        assertThat(invisible).as("keyboard stops that do not show the focus").isEmpty();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
