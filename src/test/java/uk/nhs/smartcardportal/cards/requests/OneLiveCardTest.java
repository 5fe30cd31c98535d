package uk.nhs.smartcardportal.cards.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** The database, not only a check before the insert, keeps each person to one card on its way or in use. */
@IntegrationTest
class OneLiveCardTest {

    private static final int AT_ONCE = 8;

    @Autowired
    CardRequestService requests;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    StaffRepository staff;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void manyRequestsAtOnceForOnePersonMakeOneCardAndTheRestAreToldWhy() throws Exception {
        Staff person = fixtures.newPerson("Wyn", "Twice");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService managers = Executors.newFixedThreadPool(AT_ONCE);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < AT_ONCE; i++) {
                outcomes.add(managers.submit(() -> {
                    SignIn.as(DemoUsers.ADMIN, staff);
                    start.await();
                    try {
                        requests.requestCard(person.getId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.LATER);
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
                    .hasSize(AT_ONCE - 1)
                    .allMatch(text -> text.contains("already has a card on its way or in use"));
        } finally {
            managers.shutdown();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from smartcard where staff_id = ? "
                                + "and status not in ('CANCELLED', 'DESTROYED', 'LOST')",
                        Long.class,
                        person.getId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from card_request where staff_id = ?", Long.class, person.getId()))
                .isEqualTo(1);
    }

    @Test
    void theDatabaseItselfRefusesASecondLiveCardButNotACancelledOne() {
        CardFixtures.Starter person = fixtures.cardRequested("Xan", "Twice");
        String copy = "insert into smartcard (request_id, staff_id, status, custody_kind, status_changed_at) "
                + "select request_id, staff_id, ?, custody_kind, now(3) from smartcard where id = ?";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(copy, "PRINTED", person.cardId()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        jdbc.update(copy, "CANCELLED", person.cardId());

        assertThat(jdbc.queryForObject(
                        "select count(*) from smartcard where staff_id = ?", Long.class, person.staffId()))
                .isEqualTo(2);
    }
}
