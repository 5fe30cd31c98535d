package uk.nhs.smartcardportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.dev.NotifySink;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * Texts and e-mails through GOV.UK Notify: the real Notify client against the local sink that answers as Notify's
 * API does, with its errors for a bad number, its rate limit, its own faults and a bad key.
 */
@IntegrationTest
class NotifyOutboxTest {

    @Autowired
    OutboxService outbox;

    @Autowired
    OutboxRepository messages;

    @Autowired
    StaffService staffService;

    @Autowired
    StaffRepository staffRecords;

    @Autowired
    SmtpCarrier smtp;

    @Autowired
    MessagePreferenceService preferences;

    @Autowired
    AuditService audit;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    MovableClock clock;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    private Staff personWithMobile(String mobile) {
        Staff person = fixtures.newPerson("Tess", "Texter");
        jdbc.update("update staff set mobile = ? where id = ?", mobile, person.getId());
        return person;
    }

    private static String uniqueMobile() {
        return "+447700" + String.format("%06d", System.nanoTime() % 1_000_000);
    }

    private void queue(OutboxService into, Staff person, String subject, String text) {
        transaction.executeWithoutResult(status -> into.enqueue(
                new OutgoingMessage(person.getId(), "TEST", subject, "Hello", "<p>Hello</p>", null).withText(text)));
    }

    private List<OutboxMessage> textsOf(Staff person) {
        return messages.findTop100ByRecipientStaffIdOrderByCreatedAtDescIdDesc(person.getId()).stream()
                .filter(message -> message.getChannel() == Channel.SMS)
                .toList();
    }

    private void drain(OutboxService sender) {
        while (Boolean.TRUE.equals(transaction.execute(status -> sender.deliverDue() > 0))) {
            // until nothing is due
        }
    }

    private OutboxService senderWith(NotifyProperties settings) {
        return new OutboxService(
                messages,
                staffService,
                smtp,
                new NotifyCarrier(settings),
                settings,
                preferences,
                audit,
                currentUser,
                clock);
    }

    private NotifyProperties settings(String apiKey, String emailVia) {
        return new NotifyProperties(
                apiKey,
                NotifySink.sink().baseUrl(),
                NotifySink.SMS_TEMPLATE_ID,
                NotifySink.EMAIL_TEMPLATE_ID,
                "",
                "",
                emailVia);
    }

    @Test
    void aTextGoesToThePersonsMobileThroughNotifyOnceWithOurReference() {
        drain(outbox);
        String mobile = uniqueMobile();
        Staff person = personWithMobile(mobile);
        queue(outbox, person, "Card ready", "Hello Tess, your NHS Smartcard is ready to collect.");

        drain(outbox);

        List<NotifySink.Sent> texts = NotifySink.sink().textsTo(mobile);
        assertThat(texts).hasSize(1);
        assertThat(texts.getFirst().body()).isEqualTo("Hello Tess, your NHS Smartcard is ready to collect.");
        assertThat(texts.getFirst().templateId()).isEqualTo(NotifySink.SMS_TEMPLATE_ID);
        OutboxMessage sent = textsOf(person).getFirst();
        assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.getProviderId()).isEqualTo(texts.getFirst().id());
        assertThat(texts.getFirst().reference()).isEqualTo("outbox-" + sent.getId());
        assertThat(NotifySink.sink().emailsTo(person.getWorkEmail()))
                .as("e-mail still goes by SMTP")
                .isEmpty();
    }

    @Test
    void noTextForSomeoneWithoutAMobileOrWhoTurnedTextsOffButTheEmailStillGoes() {
        Staff noMobile = fixtures.newPerson("Nora", "Nomobile");
        queue(outbox, noMobile, "No mobile", "A text");
        assertThat(textsOf(noMobile)).isEmpty();

        String mobile = uniqueMobile();
        Staff optedOut = personWithMobile(mobile);
        SignIn.as(
                optedOut.getId(), optedOut.getFullName(), java.util.Set.of(uk.nhs.smartcardportal.security.Role.STAFF));
        preferences.chooseMyTexts(false);
        SignIn.out();
        queue(outbox, optedOut, "Opted out", "A text");
        drain(outbox);

        assertThat(textsOf(optedOut)).isEmpty();
        assertThat(NotifySink.sink().textsTo(mobile)).isEmpty();
        assertThat(messages.findTop100ByRecipientStaffIdOrderByCreatedAtDescIdDesc(optedOut.getId()))
                .singleElement()
                .satisfies(email -> assertThat(email.getChannel()).isEqualTo(Channel.EMAIL));
    }

    @Test
    void twoSendersAtOnceSendEachTextExactlyOnce() throws Exception {
        drain(outbox);
        String mobile = uniqueMobile();
        Staff person = personWithMobile(mobile);
        for (int i = 0; i < 120; i++) {
            queue(outbox, person, "Bulk " + i, "Text number " + i);
        }
        ExecutorService senders = Executors.newFixedThreadPool(2);
        List<Future<?>> running = new ArrayList<>();
        for (int sender = 0; sender < 2; sender++) {
            running.add(senders.submit(() -> drain(outbox)));
        }
        for (Future<?> sender : running) {
            sender.get(120, TimeUnit.SECONDS);
        }
        senders.shutdown();

        List<NotifySink.Sent> texts = NotifySink.sink().textsTo(mobile);
        assertThat(texts).hasSize(120);
        assertThat(new HashSet<>(texts.stream().map(NotifySink.Sent::reference).toList()))
                .hasSize(120);
    }

    @Test
    void rateLimitsAndNotifysFaultsAreRetriedWithGrowingWaitsAndTheTextGoesOnce() {
        drain(outbox);
        String mobile = uniqueMobile();
        Staff person = personWithMobile(mobile);
        // whole seconds: the database keeps instants to the microsecond
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        clock.setInstant(start);
        queue(outbox, person, "Retried", "A text worth waiting for");
        NotifySink.sink()
                .answerNextWith(
                        mobile,
                        429,
                        "RateLimitError",
                        "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds");
        NotifySink.sink()
                .answerNextWith(mobile, 429, "TooManyRequestsError", "Exceeded send limits (250000) for today");
        NotifySink.sink().answerNextWith(mobile, 500, "Exception", "Internal server error");

        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 3; attempt++) {
            drain(outbox);
            OutboxMessage text = textsOf(person).getFirst();
            assertThat(text.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(text.getAttempts()).isEqualTo(attempt);
            waits.add(Duration.between(clock.instant(), text.getNextAttemptAt()));
            clock.setInstant(text.getNextAttemptAt().minusSeconds(1));
            drain(outbox);
            assertThat(textsOf(person).getFirst().getAttempts())
                    .as("not tried before its wait is over")
                    .isEqualTo(attempt);
            clock.setInstant(text.getNextAttemptAt());
        }
        assertThat(textsOf(person).getFirst().getLastError()).contains("500").contains("Internal server error");
        drain(outbox);

        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4));
        assertThat(textsOf(person).getFirst().getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(NotifySink.sink().textsTo(mobile)).hasSize(1);
    }

    @Test
    void aNumberNotifyRefusesFailsForGoodAtOnceAndCanBeSentAgainByWorkforce() {
        drain(outbox);
        String mobile = uniqueMobile();
        Staff person = personWithMobile(mobile);
        NotifySink.sink().refuseNumber(mobile);
        queue(outbox, person, "Refused", "A text to a number Notify refuses");
        int before = NotifySink.sink().requests();

        drain(outbox);
        clock.setInstant(Instant.now().plus(Duration.ofDays(1)));
        drain(outbox);

        OutboxMessage text = textsOf(person).getFirst();
        assertThat(text.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(text.getAttempts()).isEqualTo(1);
        assertThat(text.getLastError())
                .contains("400")
                .contains("ValidationError: phone_number Not a UK mobile number");
        assertThat(NotifySink.sink().requests() - before)
                .as("asked Notify once, not again")
                .isEqualTo(1);

        NotifySink.sink().reset();
        SignIn.as(DemoUsers.ADMIN, staffRecords);
        outbox.resend(text.getId());
        SignIn.out();
        drain(outbox);
        assertThat(textsOf(person).getFirst().getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(NotifySink.sink().textsTo(mobile)).hasSize(1);
    }

    @Test
    void aTextNotifyAcceptedButCouldNotDeliverShowsAsFailedWhileADeliveredOneStaysSent() {
        drain(outbox);
        String undeliverable = uniqueMobile();
        Staff lost = personWithMobile(undeliverable);
        String fine = uniqueMobile();
        Staff reached = personWithMobile(fine);
        queue(outbox, lost, "Never arrives", "A text to a phone that is never on");
        queue(outbox, reached, "Arrives", "A text that arrives");
        drain(outbox);
        NotifySink.sink()
                .reportStatus(
                        NotifySink.sink().textsTo(undeliverable).getFirst().id(), "permanent-failure");

        clock.setInstant(Instant.now().plus(Duration.ofMinutes(11)));
        transaction.executeWithoutResult(status -> outbox.checkDeliveries());

        OutboxMessage failed = textsOf(lost).getFirst();
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.getDeliveryStatus()).isEqualTo("permanent-failure");
        assertThat(failed.getLastError()).startsWith("GOV.UK Notify could not deliver it (permanent-failure)");
        OutboxMessage delivered = textsOf(reached).getFirst();
        assertThat(delivered.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(delivered.getDeliveryStatus()).isEqualTo("delivered");

        SignIn.as(DemoUsers.ADMIN, staffRecords);
        outbox.resend(failed.getId());
        SignIn.out();
        drain(outbox);
        assertThat(NotifySink.sink().textsTo(undeliverable)).hasSize(2);
    }

    @Test
    void aBadKeyIsRefusedByNotifyAndTheTextWaitsToBeTriedAgain() {
        OutboxService wrongKey = senderWith(
                settings("portal_dev-" + NotifySink.SERVICE_ID + "-11111111-2222-3333-4444-555555555555", "smtp"));
        drain(outbox);
        String mobile = uniqueMobile();
        Staff person = personWithMobile(mobile);
        queue(wrongKey, person, "Bad key", "A text signed with the wrong secret");

        drain(wrongKey);

        OutboxMessage text = textsOf(person).getFirst();
        assertThat(text.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(text.getLastError()).contains("403").contains("AuthError: Invalid token: API key not found");
        assertThat(NotifySink.sink().textsTo(mobile)).isEmpty();
    }

    @Test
    void eMailCanGoThroughNotifyWithTheSubjectAndBodyAsTheTemplatesFields() {
        OutboxService viaNotify = senderWith(settings(NotifySink.API_KEY, "notify"));
        drain(outbox);
        Staff person = fixtures.newPerson("Ema", "Notified");
        transaction.executeWithoutResult(status -> viaNotify.enqueue(new OutgoingMessage(
                person.getId(), "TEST", "Your NHS Smartcard", "Dear Ema,\n\nIt is ready.", "<p>x</p>", null)));

        drain(viaNotify);

        assertThat(NotifySink.sink().emailsTo(person.getWorkEmail()))
                .singleElement()
                .satisfies(email -> {
                    assertThat(email.personalisation()).containsEntry("subject", "Your NHS Smartcard");
                    assertThat(email.body()).isEqualTo("Dear Ema,\n\nIt is ready.");
                    assertThat(email.templateId()).isEqualTo(NotifySink.EMAIL_TEMPLATE_ID);
                });
    }

    @Test
    void withoutAKeyThereAreNoTextsAndNothingBreaks() {
        OutboxService noNotify = senderWith(
                new NotifyProperties("", "https://api.notifications.service.gov.uk", "", "", "", "", "smtp"));
        String mobile = uniqueMobile();
        Staff person = personWithMobile(mobile);
        queue(noNotify, person, "No key", "A text that has no way to go");
        drain(noNotify);

        assertThat(textsOf(person)).isEmpty();
        assertThat(messages.findTop100ByRecipientStaffIdOrderByCreatedAtDescIdDesc(person.getId()))
                .singleElement()
                .satisfies(email -> assertThat(email.getStatus()).isEqualTo(OutboxStatus.SENT));
    }

    @Test
    void settingsThatWouldFailEveryMessageStopTheStartWithTheReason() {
        assertThatThrownBy(() -> new NotifyCarrier(settings("not-a-key", "smtp")))
                .hasMessageContaining("PORTAL_NOTIFY_API_KEY is not a GOV.UK Notify API key");
        assertThatThrownBy(() -> new NotifyCarrier(new NotifyProperties("", "x", "", "", "", "", "notify")))
                .hasMessageContaining("PORTAL_EMAIL_VIA=notify needs PORTAL_NOTIFY_API_KEY");
        assertThatThrownBy(() -> new NotifyCarrier(settings(NotifySink.API_KEY, "pigeon")))
                .hasMessageContaining("PORTAL_EMAIL_VIA must be smtp or notify");
    }
}
