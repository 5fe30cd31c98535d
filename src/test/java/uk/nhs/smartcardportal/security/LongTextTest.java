package uk.nhs.smartcardportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.audit.AuditFilter;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.custody.CardReceiptService;
import uk.nhs.smartcardportal.cards.custody.CustodyService;
import uk.nhs.smartcardportal.cards.printing.PrintQueueService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.faq.FaqService;
import uk.nhs.smartcardportal.notifications.OutboxService;
import uk.nhs.smartcardportal.notifications.OutboxStatus;
import uk.nhs.smartcardportal.sites.SiteDraft;
import uk.nhs.smartcardportal.sites.SiteKind;
import uk.nhs.smartcardportal.sites.SiteService;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffListService;
import uk.nhs.smartcardportal.staff.StaffRepository;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * Text far longer than any field holds, into the inputs {@code HostileFormsTest} does not reach: each is refused
 * with a message for people (or, for a search, finds nothing), never a database error. The browser's own limits
 * are not a check: anyone can send what they like.
 */
@IntegrationTest
class LongTextTest {

    private static final String LONG = "a".repeat(10_000);

    @Autowired
    StaffRepository staff;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    CardReceiptService receipts;

    @Autowired
    PrintQueueService printQueue;

    @Autowired
    StaffListService staffList;

    @Autowired
    StaffService staffService;

    @Autowired
    RoleGrantService grants;

    @Autowired
    SiteService sites;

    @Autowired
    CustodyService custody;

    @Autowired
    OutboxService outbox;

    @Autowired
    FaqService faq;

    @Autowired
    AuditService audit;

    @Test
    void everyOtherTextInputRefusesOrIgnoresTextLongerThanItHolds() {
        Staff person = fixtures.newPerson("Lola", "Long");
        CardFixtures.Starter printed = fixtures.cardPrinted("Lenny", "Long", DemoUsers.AINTREE);
        Map<String, Runnable> inputs = new LinkedHashMap<>();
        inputs.put("cards received", () -> receipts.check(LONG));
        inputs.put(
                "reprint reason",
                () -> printQueue.reprint(printed.cardId(), fixtures.version(printed.cardId()), CardStatus.LOST, LONG));
        inputs.put(
                "moving to",
                () -> staffList.recordLeavingDate(
                        person.getId(), LocalDate.now().plusDays(9), LONG));
        inputs.put(
                "grant reason",
                () -> grants.grant(person.getId(), Role.MANAGER, LocalDate.now().plusDays(9), LONG));
        inputs.put("site", () -> sites.create(new SiteDraft(SiteKind.HOSPITAL, LONG, LONG, LONG, LONG, LONG, LONG)));
        inputs.put("staff search", () -> staffService.search(LONG, PageRequest.of(0, 10)));
        inputs.put("custody search", () -> custody.find(LONG));
        inputs.put("outbox search", () -> outbox.outbox(OutboxStatus.FAILED, LONG, PageRequest.of(0, 10)));
        inputs.put("FAQ search", () -> faq.published(LONG));
        inputs.put(
                "audit filter",
                () -> audit.page(new AuditFilter(LONG, LONG, LONG, LONG, null, null), PageRequest.of(0, 10)));

        List<String> failures = new ArrayList<>();
        SignIn.as(DemoUsers.ADMIN, staff);
        inputs.forEach((what, input) -> {
            try {
                input.run();
            } catch (RuleViolationException | RecordNotFoundException refused) {
                if (refused.getMessage().length() > 400 || refused.getMessage().contains("aaaaaaaaaa")) {
                    failures.add(what + ": a refusal that repeats the input: "
                            + refused.getMessage().length());
                }
            } catch (RuntimeException error) {
                failures.add(what + ": " + error);
            }
        });

        assertThat(failures).isEmpty();
        assertThat(staff.findById(person.getId()).orElseThrow().getLeavingTo()).isNull();
    }
}
