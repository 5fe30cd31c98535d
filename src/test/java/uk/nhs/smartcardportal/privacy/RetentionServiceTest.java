package uk.nhs.smartcardportal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class RetentionServiceTest {

    private static final String PRIVATE_REASON = "Nearer my mother's house in Bootle";
    private static final String PRIVATE_NOTE = "Sorry Olive, Broadgreen is closed for building work";

    @Autowired
    RetentionService retention;

    @Autowired
    RetentionProperties properties;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    SiteChangeService siteChanges;

    @Autowired
    StaffRepository staff;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDetailsOfCardsFinishedLongerAgoThanTheRetentionPeriodAreRemovedOnceAndWhatHappenedIsKept() {
        Instant beyondRetention = Instant.now().minus(Duration.ofDays(31L * (properties.months() + 2)));
        clock.setInstant(beyondRetention);
        CardFixtures.Starter old = fixtures.cardInStore("Olive", "Oldcard", DemoUsers.AINTREE);
        long siteChange = askAndDecline(old);
        fixtures.finish(old.cardId(), CardStatus.DESTROYED, "Destroyed: Olive Oldcard left the trust");
        CardFixtures.Starter unfinished = fixtures.cardInStore("Ivan", "Inprogress", DemoUsers.AINTREE);
        long oldMessage = sentMessage(old.staffId(), old.email(), "Olive", beyondRetention);
        clock.setInstant(Instant.now().minus(Duration.ofDays(31)));
        CardFixtures.Starter recent = fixtures.cardInStore("Rita", "Recent", DemoUsers.AINTREE);
        fixtures.finish(recent.cardId(), CardStatus.CANCELLED, "Cancelled: Rita Recent changed role");
        long recentMessage = sentMessage(recent.staffId(), recent.email(), "Rita", clock.instant());
        clock.reset();
        long auditRowsBefore = auditRowsAbout(old.cardId(), siteChange);
        assertThat(personalDetailsInTheAuditTrail()).as("before the run").isPositive();

        RetentionRun run = retention.anonymiseOneBatch();

        assertThat(run.cards()).isPositive();
        assertThat(run.messages()).isPositive();
        // the old card: who and why are gone, what happened and when stay
        assertThat(jdbc.queryForObject("select anonymised_at from smartcard where id = ?", Instant.class, old.cardId()))
                .isNotNull();
        assertThat(jdbc.queryForList("select note, actor_name from card_transition where card_id = ?", old.cardId()))
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(row -> assertThat(row).containsEntry("note", null).containsEntry("actor_name", ""));
        assertThat(jdbc.queryForMap(
                        "select reason, decision_note, decided_by_name, status from site_change_request "
                                + "where id = ?",
                        siteChange))
                .containsEntry("reason", null)
                .containsEntry("decision_note", null)
                .containsEntry("decided_by_name", null)
                .containsEntry("status", "DECLINED");
        assertThat(jdbc.queryForMap(
                        "select r.reason_text, r.requested_by_name, r.anonymised_at from card_request r "
                                + "join smartcard c on c.request_id = r.id where c.id = ?",
                        old.cardId()))
                .containsEntry("reason_text", null)
                .containsEntry("requested_by_name", "")
                .extractingByKey("anonymised_at")
                .isNotNull();
        assertThat(auditRowsAbout(old.cardId(), siteChange)).isEqualTo(auditRowsBefore);
        assertThat(personalDetailsInTheAuditTrail()).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from site_change_request where reason like ? or " + "decision_note like ?",
                        Long.class,
                        "%Bootle%",
                        "%building work%"))
                .isZero();
        assertThat(jdbc.queryForMap(
                        "select recipient_email, body_text, subject from outbox_message where id = ?", oldMessage))
                .containsEntry("recipient_email", null)
                .containsEntry("body_text", "")
                .containsEntry("subject", "Your smartcard");

        // recent and unfinished cards, and recent e-mails, are untouched
        for (long kept : new long[] {recent.cardId(), unfinished.cardId()}) {
            assertThat(jdbc.queryForObject("select anonymised_at from smartcard where id = ?", Instant.class, kept))
                    .isNull();
            assertThat(jdbc.queryForList(
                            "select actor_name from card_transition where card_id = ?", String.class, kept))
                    .isNotEmpty()
                    .doesNotContain("");
        }
        assertThat(jdbc.queryForObject(
                        "select body_text from outbox_message where id = ?", String.class, recentMessage))
                .contains("Dear Rita");

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'PERSONAL_DETAILS_REMOVED'", Long.class))
                .isPositive();

        // done once: a second run finds nothing more of these
        Instant firstDone =
                jdbc.queryForObject("select anonymised_at from smartcard where id = ?", Instant.class, old.cardId());
        retention.anonymiseOneBatch();
        assertThat(jdbc.queryForObject("select anonymised_at from smartcard where id = ?", Instant.class, old.cardId()))
                .isEqualTo(firstDone);
    }

    private long askAndDecline(CardFixtures.Starter starter) {
        SignIn.as(starter.staffId(), starter.name(), EnumSet.of(Role.STAFF));
        long requestId = siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.BROADGREEN), PRIVATE_REASON);
        SignIn.as(DemoUsers.ADMIN, staff);
        siteChanges.decline(
                requestId,
                jdbc.queryForObject("select version from site_change_request where id = ?", Long.class, requestId),
                PRIVATE_NOTE);
        SignIn.out();
        return requestId;
    }

    private long sentMessage(long staffId, String email, String firstName, Instant at) {
        jdbc.update(
                "insert into outbox_message (version, recipient_staff_id, recipient_email, kind, subject, "
                        + "body_text, body_html, status, attempts, next_attempt_at, created_at, sent_at) values (0, ?, ?, "
                        + "'CARD_READY', 'Your smartcard', ?, ?, 'SENT', 1, ?, ?, ?)",
                staffId,
                email,
                "Dear " + firstName + ", your card is ready.",
                "<p>Dear " + firstName + "</p>",
                java.sql.Timestamp.from(at),
                java.sql.Timestamp.from(at),
                java.sql.Timestamp.from(at));
        return jdbc.queryForObject("select max(id) from outbox_message", Long.class);
    }

    private long personalDetailsInTheAuditTrail() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where before_value like ? or after_value like ? "
                        + "or actor_name like ?",
                Long.class,
                "%Bootle%",
                "%building work%",
                "Olive%");
    }

    private long auditRowsAbout(long cardId, long siteChangeId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where (entity_type = 'Smartcard' and entity_id "
                        + "= ?) or (entity_type = 'SiteChangeRequest' and entity_id = ?)",
                Long.class,
                String.valueOf(cardId),
                String.valueOf(siteChangeId));
    }
}
