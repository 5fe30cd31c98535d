package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import uk.nhs.smartcardportal.base.DatabaseUnavailable;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.cards.printing.PrintQueueService;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.DevServices;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.dev.OwnIdentityProviderInitializer;

/**
 * The database and the sign-in provider going away while the portal runs: people are told so in plain words, no
 * change is left half-made, and the portal carries on when they come back, without being restarted.
 */
@ContextConfiguration(initializers = OwnIdentityProviderInitializer.class, inheritInitializers = false)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FaultsTest extends BrowserTest {

    private static final String UNAVAILABLE = "Sign-in is not available just now";
    private static final AtomicInteger DAYS_BACK = new AtomicInteger();

    @Autowired
    CardFixtures fixtures;

    @Autowired
    PrintQueueService printQueue;

    @Autowired
    CardRequestService requests;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Test
    void whenTheSignInProviderIsDownPeopleAreToldSoAndSignInWorksOnceItIsBack() {
        OwnIdentityProviderInitializer.stopIdentityProvider();
        try {
            navigateAfterTheProviderCheckIsDue("");
            assertThat(page.locator("h1")).hasText(UNAVAILABLE);
            assertThat(page.locator("body")).not().containsText("Exception");
            assertThat(page.locator("#try-again")).isVisible();
        } finally {
            OwnIdentityProviderInitializer.startIdentityProvider();
        }
        awaitProviderLoginPage();
        clickSignInButton(DemoUsers.STARTER.subject());
        assertThat(page.locator("vaadin-app-layout")).isVisible();
    }

    @Test
    void aSignInCutOffBecauseTheProviderWentDownEndsOnAPageThatSaysSo() {
        navigateAfterTheProviderCheckIsDue("");
        onProviderLoginPage();
        // the provider goes down after the person signed in there, before the portal collects the tokens
        AtomicReference<String> backToThePortal = new AtomicReference<>();
        page.route(address -> address.contains("/demo/authorize"), route -> {
            APIResponse answer = route.fetch(new Route.FetchOptions().setMaxRedirects(0));
            String location = answer.headers().get("location");
            if (location != null && location.startsWith(url("login/oauth2/code/"))) {
                backToThePortal.set(location);
                route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("text/plain")
                        .setBody("held"));
            } else {
                route.fulfill(new Route.FulfillOptions().setResponse(answer));
            }
        });
        try {
            page.locator("button[data-subject='" + DemoUsers.STARTER.subject() + "']")
                    .click(new Locator.ClickOptions().setNoWaitAfter(true));
            page.waitForCondition(() -> backToThePortal.get() != null);
            OwnIdentityProviderInitializer.stopIdentityProvider();
            page.unrouteAll();
            page.navigate(backToThePortal.get());
            assertThat(page.locator("h1")).hasText(UNAVAILABLE);
            assertThat(page.locator("body")).not().containsText("Exception");
        } finally {
            OwnIdentityProviderInitializer.startIdentityProvider();
        }
        awaitProviderLoginPage();
    }

    @Test
    void whileTheDatabaseIsDownClicksAndPagesSaySoAndWorkAgainWhenItIsBack() {
        signInAs(DemoUsers.ADMIN);
        page.navigate(url("messages"));
        assertThat(page.locator("#reminder-choice")).isVisible();
        DevServices.stopDatabase();
        try {
            page.locator("#reminder-choice").click();
            assertThat(page.getByText(DatabaseUnavailable.MESSAGE))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));

            page.navigate(url("stock"));
            // the page waits for a connection for the pool's timeout (10 s) before it gives up
            assertThat(page.locator("h1"))
                    .hasText("Sorry, something went wrong", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(page.locator("main")).containsText("cannot reach its database");
        } finally {
            DevServices.startDatabase();
        }
        page.navigate(url("stock"));
        assertThat(page).hasTitle("Stock · Smartcard Portal");
    }

    @Test
    void aCardMoveCutOffByTheDatabaseCrashingLeavesTheCardWhereItWas() throws Exception {
        long cardId = fixtures.asAdmin(() -> requests.requestCard(
                fixtures.newPerson("Cut", "Off").getId(),
                RequestReason.CLINICAL_SYSTEMS,
                null,
                RequestOrigin.AT_RECRUITMENT));
        long version = fixtures.version(cardId);
        long requestId = jdbc.queryForObject("SELECT request_id FROM smartcard WHERE id = ?", Long.class, cardId);
        long siteId = fixtures.siteId(DemoUsers.AINTREE);
        long transitionsBefore = transitionsOf(cardId);
        long auditBefore = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class);

        CompletableFuture<Void> printing;
        long rowsWrittenBeforeTheCut;
        Connection blocker = DriverManager.getConnection(databaseUrl, "root", "");
        try {
            // another transaction holds the card's request, the last row the move writes, so the move stops
            // part-way through, holding what it has written so far
            blocker.setAutoCommit(false);
            blocker.createStatement()
                    .executeQuery("SELECT id FROM card_request WHERE id = " + requestId + " FOR UPDATE");
            printing = CompletableFuture.runAsync(() -> fixtures.asAdmin(() -> {
                printQueue.recordPrinted(cardId, version, "912345678901", siteId);
                return null;
            }));
            rowsWrittenBeforeTheCut = awaitTransactionWaitingForLock(blocker);
            DevServices.crashDatabase();
        } finally {
            closeQuietly(blocker);
        }
        Throwable failure = null;
        try {
            printing.join();
        } catch (CompletionException e) {
            failure = e.getCause();
        }
        DevServices.startDatabase();

        assertThat(rowsWrittenBeforeTheCut)
                .as("rows the move had written when the database stopped")
                .isPositive();
        assertThat(failure).as("the cut-off move fails").isNotNull();
        assertThat(DatabaseUnavailable.causedBy(failure))
                .as("recognised as the database being away: " + causes(failure))
                .isTrue();
        System.out.println("Card move cut off by the database crashing: it had written " + rowsWrittenBeforeTheCut
                + " rows, none of them kept");
        Smartcard card = fixtures.card(cardId);
        assertThat(card.getStatus()).isEqualTo(CardStatus.REQUESTED);
        assertThat(card.getVersion()).isEqualTo(version);
        assertThat(card.getSerial()).isNull();
        assertThat(transitionsOf(cardId)).isEqualTo(transitionsBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class))
                .isEqualTo(auditBefore);

        // the portal carries on without a restart
        fixtures.asAdmin(() -> {
            printQueue.recordPrinted(cardId, version, "912345678901", siteId);
            return null;
        });
        assertThat(fixtures.card(cardId).getStatus()).isEqualTo(CardStatus.PRINTED);
        assertThat(transitionsOf(cardId)).isEqualTo(transitionsBefore + 1);
    }

    private static String causes(Throwable error) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            chain.append(" <- ").append(cause.getClass().getName()).append(": ").append(cause.getMessage());
            if (cause instanceof SQLException sql) {
                chain.append(" [").append(sql.getSQLState()).append(']');
            }
        }
        return chain.toString();
    }

    private long transitionsOf(long cardId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM card_transition WHERE card_id = ?", Long.class, cardId);
    }

    /** Waits until the move is blocked on the held row; returns how many rows it had written by then. */
    private static long awaitTransactionWaitingForLock(Connection connection) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        try (Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet waiting = statement.executeQuery("SELECT trx_rows_modified FROM "
                        + "information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT'")) {
                    if (waiting.next()) {
                        return waiting.getLong(1);
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("The card move never reached the held row");
    }

    /** Navigates as if the portal's last look at the provider were old enough to be taken again. */
    private void navigateAfterTheProviderCheckIsDue(String path) {
        // a day further back each time: before the last look, so it is taken again now and at the next look
        clock.setInstant(Instant.now().minus(Duration.ofDays(DAYS_BACK.incrementAndGet())));
        try {
            page.navigate(url(path));
        } finally {
            clock.reset();
        }
    }

    private void awaitProviderLoginPage() {
        long deadline = System.nanoTime() + 40_000_000_000L;
        while (System.nanoTime() < deadline) {
            navigateAfterTheProviderCheckIsDue("");
            if ("Demo sign-in".equals(page.locator("h1").first().textContent())) {
                return;
            }
            page.waitForTimeout(1000);
        }
        throw new AssertionError("Sign-in did not work again after the provider came back");
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException alreadyGone) {
            // the server it was connected to has stopped
        }
    }
}
