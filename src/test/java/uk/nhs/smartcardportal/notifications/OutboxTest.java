package uk.nhs.smartcardportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.printing.PrintBatchRefusedException;
import uk.nhs.smartcardportal.cards.printing.PrintInstruction;
import uk.nhs.smartcardportal.cards.printing.PrintQueueService;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MailSink;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class OutboxTest {

    @Autowired
    OutboxService outbox;

    @Autowired
    OutboxRepository messages;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    CardRequestService requests;

    @Autowired
    PrintQueueService printQueue;

    @Autowired
    StaffRepository staff;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    uk.nhs.smartcardportal.stock.StockService stockService;

    private List<OutboxMessage> messagesFor(long staffId) {
        return messages.findTop100ByRecipientStaffIdOrderByCreatedAtDescIdDesc(staffId);
    }

    private List<MimeMessage> receivedBy(String email) {
        return Arrays.stream(MailSink.greenMail().getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getAllRecipients()[0].toString().equalsIgnoreCase(email);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void printingQueuesTheMessageAndItIsDeliveredExactlyOnce() throws Exception {
        CardFixtures.Starter starter = fixtures.cardPrinted("Outbox", "Reader", DemoUsers.AINTREE);

        assertThat(messagesFor(starter.staffId())).singleElement().satisfies(message -> {
            assertThat(message.getKind()).isEqualTo("CARD_PRINTED");
            assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(message.getBodyText()).contains("Dear Outbox,", DemoUsers.AINTREE);
        });

        while (outbox.deliverDue() > 0) {
            // every message queued by the suite so far goes out, in batches
        }
        outbox.deliverDue();

        assertThat(receivedBy(starter.email())).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Your NHS Smartcard has been printed");
            assertThat(mail.getFrom()[0].toString()).isEqualTo("smartcards@nhs.example");
        });
        assertThat(messagesFor(starter.staffId())).singleElement().satisfies(message -> {
            assertThat(message.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(message.getSentAt()).isNotNull();
        });
    }

    @Test
    void aChangeThatRollsBackLeavesNoMessage() {
        Staff good = fixtures.newTeamMember("Rolled", "Back");
        Staff bad = fixtures.newTeamMember("Bad", "Number");
        SignIn.as(DemoUsers.MANAGER, staff);
        long goodCard = requests.requestCard(good.getId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.LATER);
        long badCard = requests.requestCard(bad.getId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.LATER);
        SignIn.as(DemoUsers.RECRUITER, staff);

        assertThatThrownBy(() -> printQueue.printAll(List.of(
                        new PrintInstruction(
                                goodCard,
                                fixtures.version(goodCard),
                                fixtures.uniqueSerial(),
                                fixtures.siteId(DemoUsers.AINTREE)),
                        new PrintInstruction(
                                badCard, fixtures.version(badCard), "123", fixtures.siteId(DemoUsers.AINTREE)))))
                .isInstanceOf(PrintBatchRefusedException.class);

        assertThat(messagesFor(good.getId())).isEmpty();
    }

    @Test
    void bookingsDeclinesAndLowStockAreEachTold() {
        CardFixtures.Starter booked = fixtures.cardAllocated("Booked", "Person", DemoUsers.AINTREE);
        assertThat(messagesFor(booked.staffId()))
                .filteredOn(message -> message.getKind().equals("SESSION_BOOKED"))
                .singleElement()
                .satisfies(message -> {
                    assertThat(message.getCalendar()).contains("BEGIN:VEVENT");
                    assertThat(message.getBodyText()).contains("You are booked to collect your NHS Smartcard");
                });

        Staff declined = fixtures.newTeamMember("Declined", "Person");
        SignIn.as(DemoUsers.MANAGER, staff);
        long cardId = requests.requestCard(declined.getId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.LATER);
        SignIn.as(DemoUsers.RECRUITER, staff);
        printQueue.decline(cardId, fixtures.version(cardId), "Duplicate request");
        long manager = staff.findByEmployeeNumber(DemoUsers.MANAGER.employeeNumber())
                .orElseThrow()
                .getId();
        assertThat(messagesFor(manager))
                .filteredOn(message -> message.getKind().equals("REQUEST_DECIDED")
                        && message.getBodyText().contains("Declined Person"))
                .hasSize(1);

        SignIn.as(DemoUsers.ADMIN, staff);
        long item = stockService.addItem("Outbox stock " + System.nanoTime() % 100_000, "boxes");
        long store = fixtures.siteId(DemoUsers.STORE);
        stockService.setReorderLevel(item, store, 5);
        stockService.record(item, store, uk.nhs.smartcardportal.stock.MovementKind.RECEIVED, 6, null);
        stockService.record(item, store, uk.nhs.smartcardportal.stock.MovementKind.USED, 2, null);
        assertThat(messages.findAll())
                .filteredOn(message -> message.getKind().equals("LOW_STOCK")
                        && message.getSubject().startsWith("Reorder Outbox stock"))
                .singleElement()
                .extracting(OutboxMessage::getRecipientEmail)
                .isEqualTo("workforce.systems@nhs.example");
    }

    @Test
    void namesAreEscapedInTheHtmlAndKeptAsTheyAreInTheText() {
        CardFixtures.Starter starter = fixtures.cardInStore("<script>alert(1)</script>", "O'Hara", DemoUsers.ROYAL);

        OutboxMessage message = messagesFor(starter.staffId()).getFirst();

        assertThat(message.getBodyHtml())
                .contains("Dear &lt;script&gt;alert(1)&lt;/script&gt;,")
                .doesNotContain("<script>");
        assertThat(message.getBodyText()).contains("Dear <script>alert(1)</script>,");
        assertThat(message.getBodyText()).doesNotContain("O'Hara");
    }
}
