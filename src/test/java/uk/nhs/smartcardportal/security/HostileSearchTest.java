package uk.nhs.smartcardportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.HostileInput;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.audit.AuditFilter;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.custody.CustodyFilter;
import uk.nhs.smartcardportal.cards.custody.CustodyService;
import uk.nhs.smartcardportal.cards.printing.PrintQueueFilter;
import uk.nhs.smartcardportal.cards.printing.PrintQueueService;
import uk.nhs.smartcardportal.collection.HandOverDeskService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.faq.FaqService;
import uk.nhs.smartcardportal.passport.PassportFilter;
import uk.nhs.smartcardportal.passport.PassportService;
import uk.nhs.smartcardportal.staff.StaffRepository;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * Every search box's service with every hostile text: an answer (usually nothing found) or a clear refusal, never a
 * server error; and wildcards match themselves, not everything.
 */
@IntegrationTest
class HostileSearchTest {

    @Autowired
    StaffRepository staff;

    @Autowired
    FaqService faq;

    @Autowired
    StaffService staffService;

    @Autowired
    CustodyService custody;

    @Autowired
    HandOverDeskService desk;

    @Autowired
    PrintQueueService printQueue;

    @Autowired
    PassportService passports;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everySearchAnswersEveryHostileTextWithoutAServerError() {
        long session = jdbc.queryForObject("select min(id) from collection_session", Long.class);
        Map<String, Consumer<String>> searches = new LinkedHashMap<>();
        searches.put("FAQ", faq::published);
        searches.put("people", text -> staffService.search(text, PageRequest.of(0, 50)));
        searches.put("where is a card", custody::find);
        searches.put(
                "cards in custody",
                text -> custody.inCustody(new CustodyFilter(null, null, null, text), PageRequest.of(0, 50)));
        searches.put("hand-over desk", text -> desk.find(session, text));
        searches.put(
                "print queue",
                text -> printQueue.queue(new PrintQueueFilter(null, null, null, text), PageRequest.of(0, 50)));
        searches.put(
                "staff passports",
                text -> passports.everyone(new PassportFilter(null, null, text, false), PageRequest.of(0, 50)));
        searches.put(
                "audit trail",
                text -> audit.page(new AuditFilter(text, text, text, text, null, null), PageRequest.of(0, 50)));

        Map<String, String> errors = new LinkedHashMap<>();
        int tries = 0;
        for (Map.Entry<String, Consumer<String>> search : searches.entrySet()) {
            for (Map.Entry<String, String> input : HostileInput.TEXT.entrySet()) {
                SignIn.as(search.getKey().equals("FAQ") ? DemoUsers.STARTER : DemoUsers.ADMIN, staff);
                tries++;
                try {
                    search.getValue().accept(input.getValue());
                } catch (RuleViolationException clear) {
                    assertThat(clear.getMessage())
                            .as(search.getKey() + " / " + input.getKey())
                            .isNotBlank();
                } catch (RuntimeException serverError) {
                    errors.put(search.getKey() + " / " + input.getKey(), serverError.toString());
                }
            }
        }
        System.out.printf(
                "Hostile search: %d searches × %d texts = %d tries, %d server errors%n",
                searches.size(), HostileInput.TEXT.size(), tries, errors.size());
        assertThat(errors).as("searches that failed with a server error").isEmpty();
    }

    @Test
    void wildcardsMatchThemselvesNotEveryone() {
        SignIn.as(DemoUsers.ADMIN, staff);
        assertThat(staffService.search("%", PageRequest.of(0, 50)))
                .allSatisfy(person -> assertThat(
                                person.firstName() + person.lastName() + person.employeeNumber() + person.workEmail())
                        .contains("%"));
        assertThat(staffService.search("%", PageRequest.of(0, 50)).size())
                .isLessThan(staffService.search("", PageRequest.of(0, 50)).size());
        assertThat(custody.find("%")).isEmpty();
    }
}
