package uk.nhs.smartcardportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.MailSink;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;

/** Delivery when the mail server is away for a while, and with two senders sharing one database. */
@IntegrationTest
class OutboxDeliveryTest {

    @Autowired
    OutboxService outbox;

    @Autowired
    OutboxRepository messages;

    @Autowired
    StaffService staffService;

    @Autowired
    PortalProperties portal;

    @Autowired
    AuditService audit;

    @Autowired
    NotifyCarrier notifyCarrier;

    @Autowired
    NotifyProperties notify;

    @Autowired
    MessagePreferenceService preferences;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    MovableClock clock;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    TransactionTemplate transaction;

    private void queue(Staff person, String subject) {
        transaction.executeWithoutResult(status ->
                outbox.enqueue(new OutgoingMessage(person.getId(), "TEST", subject, "Hello", "<p>Hello</p>", null)));
    }

    private long received(String email, String subjectPrefix) {
        return Arrays.stream(MailSink.greenMail().getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getAllRecipients()[0].toString().equalsIgnoreCase(email)
                                && message.getSubject().startsWith(subjectPrefix);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
    }

    private void drain() {
        while (outbox.deliverDue() > 0) {
            // keep going until nothing is due
        }
    }

    @Test
    void whileTheMailServerIsDownMessagesWaitAndThenArriveOnce() {
        drain();
        Staff person = fixtures.newPerson("Patient", "Waiter");
        JavaMailSenderImpl down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        down.setPort(1);
        OutboxService senderWithNoServer = new OutboxService(
                messages,
                staffService,
                new SmtpCarrier(down, portal),
                notifyCarrier,
                notify,
                preferences,
                audit,
                currentUser,
                clock);
        Instant start = Instant.now();
        clock.setInstant(start);
        queue(person, "Down then up 1");
        queue(person, "Down then up 2");

        for (int attempt = 0; attempt < 3; attempt++) {
            transaction.executeWithoutResult(status -> senderWithNoServer.deliverDue());
            clock.setInstant(clock.instant().plus(Duration.ofMinutes(10)));
        }
        List<OutboxMessage> waiting = messages.findTop100ByRecipientStaffIdOrderByCreatedAtDescIdDesc(person.getId());
        assertThat(waiting).hasSize(2).allSatisfy(message -> {
            assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(message.getAttempts()).isEqualTo(3);
            assertThat(message.getLastError()).isNotBlank();
        });
        assertThat(received(person.getWorkEmail(), "Down then up")).isZero();

        drain();
        drain();

        assertThat(received(person.getWorkEmail(), "Down then up")).isEqualTo(2);
        assertThat(messages.findTop100ByRecipientStaffIdOrderByCreatedAtDescIdDesc(person.getId()))
                .allSatisfy(message -> assertThat(message.getStatus()).isEqualTo(OutboxStatus.SENT));
    }

    @Test
    void twoSendersAtOnceNeverSendTheSameMessageTwice() throws Exception {
        drain();
        Staff person = fixtures.newPerson("Many", "Messages");
        for (int i = 0; i < 300; i++) {
            queue(person, "Bulk " + i);
        }
        ExecutorService senders = Executors.newFixedThreadPool(2);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int sender = 0; sender < 2; sender++) {
            sent.add(senders.submit(() -> {
                int total = 0;
                int batch;
                do {
                    batch = outbox.deliverDue();
                    total += batch;
                } while (batch > 0);
                return total;
            }));
        }
        int total = 0;
        for (Future<Integer> result : sent) {
            total += result.get(120, TimeUnit.SECONDS);
        }
        senders.shutdown();
        drain();

        assertThat(received(person.getWorkEmail(), "Bulk ")).isEqualTo(300);
        assertThat(total).isEqualTo(300);
    }
}
