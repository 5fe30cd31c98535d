package uk.nhs.smartcardportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.dev.DemoUser;
import uk.nhs.smartcardportal.dev.DemoUsers;

/**
 * axe-core (4.14.1 from npm, kept in src/test/resources/axe) on every page each role can open, in Chromium: no serious
 * or critical violation of the WCAG 2.0, 2.1 and 2.2 A and AA rules. Prints what it found per page.
 */
class AccessibilityTest extends BrowserTest {

    private static final List<String> EVERYONE = List.of("", "my-card", "passport", "messages", "faq");
    private static final List<String> WORKFORCE = List.of(
            "sessions",
            "session-figures",
            "dashboard",
            "site-changes",
            "sessions/{session}/run-sheet",
            "desk/{session}",
            "allocate",
            "custody",
            "certificates",
            "receive-cards",
            "find-card",
            "general-office-intake",
            "stock",
            "stocktake",
            "audit",
            "outbox",
            "people",
            "passports",
            "passports/{staff}",
            "passport-rules",
            "import-compliance",
            "faq-editor",
            "subject-access",
            "sites",
            "import-staff-list",
            "not-on-staff-list",
            "needs-a-manager",
            "cards-to-recover",
            "import-card-holders",
            "print-queue",
            "import-starters");

    private static String axe;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void loadAxe() throws IOException {
        try (InputStream in = AccessibilityTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aStartersPagesHaveNoSeriousOrCriticalViolations() {
        assertNoSeriousViolations(DemoUsers.STARTER, EVERYONE);
    }

    @Test
    void aManagersPagesHaveNoSeriousOrCriticalViolations() {
        assertNoSeriousViolations(DemoUsers.MANAGER, List.of("team", "team-passports"));
    }

    @Test
    void recruitmentsPagesHaveNoSeriousOrCriticalViolations() {
        assertNoSeriousViolations(DemoUsers.RECRUITER, List.of("print-queue", "import-starters"));
    }

    @Test
    void theWorkforceTeamsPagesHaveNoSeriousOrCriticalViolations() {
        assertNoSeriousViolations(DemoUsers.ADMIN, WORKFORCE);
    }

    @Test
    void eachSessionsChangeAndCancelButtonsSayWhichSessionTheyAreFor() {
        signInAs(DemoUsers.ADMIN);
        page.navigate(url("sessions"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                        page.locator("vaadin-grid vaadin-button").first())
                .isVisible();
        List<String> names = page.locator("vaadin-grid vaadin-button:visible").all().stream()
                .map(button -> button.getAttribute("aria-label"))
                .toList();

        assertThat(names)
                .hasSizeGreaterThan(4)
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).containsPattern("^(Change|Cancel) the session on .+ at .+"));
    }

    @Test
    void thePagesOpenWithoutSigningInHaveNoSeriousOrCriticalViolations() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String path : List.of("signed-out", "sign-in-problem", "sign-in-problem?unavailable")) {
            page.navigate(url(path));
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("h1"))
                    .isVisible();
            found.put(path, violations());
        }
        report("anonymous", found);
        assertThat(found)
                .allSatisfy(
                        (path, violations) -> assertThat(violations).as(path).isEmpty());
    }

    private void assertNoSeriousViolations(DemoUser user, List<String> paths) {
        signInAs(user);
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String path : paths) {
            page.navigate(
                    url(path.replace("{session}", id("collection_session")).replace("{staff}", id("staff"))));
            // the page's heading is there before axe looks, however slowly the machine draws it
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("main h1"))
                    .isVisible();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            found.put(path, violations());
        }
        report(user.fullName(), found);
        assertThat(found)
                .allSatisfy(
                        (path, violations) -> assertThat(violations).as(path).isEmpty());
    }

    private String id(String table) {
        return String.valueOf(jdbc.queryForObject("select min(id) from " + table, Long.class));
    }

    private final Map<String, Integer> contrastChecks = new LinkedHashMap<>();

    @org.junit.jupiter.api.AfterEach
    void reportContrast() {
        contrastChecks.forEach(
                (address, texts) -> System.out.printf("axe contrast 4.5:1 met by %d texts on %s%n", texts, address));
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.addScriptTag(new com.microsoft.playwright.Page.AddScriptTagOptions().setContent(axe));
        Map<String, Object> result = (Map<String, Object>) page.evaluate("async () => { const r = await axe.run("
                + "document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', "
                + "'wcag22aa']}}); return {violations: r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + '): '"
                + " + v.nodes.slice(0, 3).map(n => n.target.join(' > ') + ' ' + n.failureSummary).join(' | ')),"
                + " contrastPassed: r.passes.filter(p => p.id === 'color-contrast').map(p => p.nodes.length)"
                + ".reduce((a, b) => a + b, 0)}; }");
        // text contrast (WCAG 1.4.3, 4.5:1) is axe's color-contrast rule, which must have measured text on every page
        int contrastPassed = ((Number) result.get("contrastPassed")).intValue();
        if (contrastPassed == 0) {
            return List.of("color-contrast: no text on the page was measured");
        }
        contrastChecks.merge(page.url(), contrastPassed, Integer::sum);
        List<String> violations = new ArrayList<>();
        violations.addAll((List<String>) result.get("violations"));
        return violations;
    }

    private static void report(String who, Map<String, List<String>> found) {
        found.forEach((path, violations) -> System.out.printf(
                "axe %-28s %-24s %s%n",
                who, "/" + path, violations.isEmpty() ? "no serious or critical violations" : violations));
    }
}
