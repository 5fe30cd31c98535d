package uk.nhs.smartcardportal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.dev.DemoUser;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;

/**
 * Every route, visited anonymously (over HTTP) and as each role (through the real router), against the table below.
 * A route added without a row here fails the test, so the table is kept whole.
 */
class RouteAccessMatrixTest extends ViewTest {

    private static final String STARTER = "starter";
    private static final String MANAGER = "manager";
    private static final String RECRUITMENT = "recruitment";
    private static final String WORKFORCE = "workforce";
    private static final Set<String> EVERYONE = Set.of(STARTER, MANAGER, RECRUITMENT, WORKFORCE);
    private static final Set<String> WORKFORCE_ONLY = Set.of(WORKFORCE);

    /** Route template → the roles that may open it. Every signed-in person is staff. */
    private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("", EVERYONE);
        ALLOWED.put("faq/:___url_parameter?", EVERYONE);
        ALLOWED.put("my-card", EVERYONE);
        ALLOWED.put("passport", EVERYONE);
        ALLOWED.put("messages", EVERYONE);
        ALLOWED.put("no-staff-record", EVERYONE);
        ALLOWED.put("record-ended", EVERYONE);
        ALLOWED.put("not-ready", EVERYONE);
        ALLOWED.put("signed-out", EVERYONE);
        ALLOWED.put("sign-in-problem", EVERYONE);
        ALLOWED.put("team", Set.of(MANAGER));
        ALLOWED.put("team-passports", Set.of(MANAGER));
        ALLOWED.put("print-queue", Set.of(RECRUITMENT, WORKFORCE));
        ALLOWED.put("import-starters", Set.of(RECRUITMENT, WORKFORCE));
        for (String route : List.of(
                "dashboard",
                "site-changes",
                "sessions",
                "session-figures",
                "sessions/:sessionId/run-sheet",
                "desk/:sessionId",
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
                "passports/:staffId",
                "passport-rules",
                "import-compliance",
                "faq-editor",
                "subject-access",
                "sites",
                "import-staff-list",
                "not-on-staff-list",
                "needs-a-manager",
                "cards-to-recover",
                "import-card-holders")) {
            ALLOWED.put(route, WORKFORCE_ONLY);
        }
    }

    /** Routes anyone may open without signing in; every other one sends the browser to sign in. */
    private static final Set<String> ANONYMOUS = Set.of("signed-out", "sign-in-problem");

    private static final Map<String, DemoUser> USERS = Map.of(
            STARTER,
            DemoUsers.STARTER,
            MANAGER,
            DemoUsers.MANAGER,
            RECRUITMENT,
            DemoUsers.RECRUITER,
            WORKFORCE,
            DemoUsers.ADMIN);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTableNamesEveryRoute() {
        Set<String> routes = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            if (!route.getTemplate().startsWith("test-only/")) {
                routes.add(route.getTemplate());
            }
        }
        assertThat(routes).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void eachRoleOpensWhatTheTableAllowsAndIsToldNothingElseExists() {
        Map<String, String> wrong = new LinkedHashMap<>();
        int visits = 0;
        for (Map.Entry<String, DemoUser> role : USERS.entrySet()) {
            for (Map.Entry<String, Set<String>> route : ALLOWED.entrySet()) {
                signInAs(role.getValue());
                UI.getCurrent().navigate(location(route.getKey()));
                boolean opened = !(UI.getCurrent().getCurrentView() instanceof NotFoundView);
                boolean allowed = route.getValue().contains(role.getKey());
                visits++;
                if (opened != allowed) {
                    wrong.put(role.getKey() + " " + route.getKey(), opened ? "opened" : "refused");
                }
            }
        }
        assertThat(visits).isEqualTo(USERS.size() * ALLOWED.size());
        assertThat(wrong).as("visits that went against the table").isEmpty();
    }

    @Test
    void someoneNotSignedInIsSentToSignInForEverythingButTheSignedOutPage() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Map<String, Integer> wrong = new LinkedHashMap<>();
        for (String route : ALLOWED.keySet()) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + location(route)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean sentToSignIn = response.statusCode() == 302
                    && response.headers().firstValue("Location").orElse("").endsWith("/oauth2/authorization/portal");
            boolean open = response.statusCode() == 200;
            if (ANONYMOUS.contains(route) ? !open : !sentToSignIn) {
                wrong.put(route, response.statusCode());
            }
        }
        assertThat(wrong).as("anonymous visits that went against the table").isEmpty();
    }

    /** The template with real ids, so an allowed visit reaches the page itself. */
    private String location(String template) {
        long sessionId = jdbc.queryForObject("select min(id) from collection_session", Long.class);
        long staffId = jdbc.queryForObject("select min(id) from staff", Long.class);
        return template.replace(":___url_parameter?", "")
                .replace(":sessionId", String.valueOf(sessionId))
                .replace(":staffId", String.valueOf(staffId))
                .replaceAll("/$", "");
    }
}
