package uk.nhs.smartcardportal.cards.sitechange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;

/** Two tabs asking at the same moment leave one site change waiting, and the other is told why. */
@IntegrationTest
class OnePendingSiteChangeTest {

    private static final int AT_ONCE = 6;

    @Autowired
    SiteChangeService siteChanges;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void manyRequestsAtOnceForOneCardLeaveOneWaiting() throws Exception {
        CardFixtures.Starter starter = fixtures.cardInStore("Yale", "Twice", DemoUsers.AINTREE);
        long broadgreen = fixtures.siteId(DemoUsers.BROADGREEN);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService tabs = Executors.newFixedThreadPool(AT_ONCE);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < AT_ONCE; i++) {
                outcomes.add(tabs.submit(() -> {
                    SignIn.as(starter.staffId(), starter.name(), EnumSet.of(Role.STAFF));
                    start.await();
                    try {
                        siteChanges.request(starter.cardId(), broadgreen, "Nearer home");
                        return "asked";
                    } catch (RuleViolationException refused) {
                        return refused.getMessage();
                    } finally {
                        SignIn.out();
                    }
                }));
            }
            start.countDown();
            List<String> said = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                said.add(outcome.get());
            }
            assertThat(said).filteredOn("asked"::equals).hasSize(1);
            assertThat(said)
                    .filteredOn(text -> !text.equals("asked"))
                    .allMatch(text -> text.contains("already have a site change waiting"));
        } finally {
            tabs.shutdown();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from site_change_request where card_id = ? and status = 'PENDING'",
                        Long.class,
                        starter.cardId()))
                .isEqualTo(1);
    }
}
