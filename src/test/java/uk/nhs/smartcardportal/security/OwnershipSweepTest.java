package uk.nhs.smartcardportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.mine.SessionChoiceService;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.passport.PassportService;
import uk.nhs.smartcardportal.staff.StaffRepository;

/**
 * Every service call that takes the id of something belonging to a person, made by a starter or a manager with
 * someone else's id: each is refused as "not found" (so an id says nothing about whether it exists) and logged.
 * The Workforce Systems Team and Recruitment work for everyone, so only these roles have ids to refuse.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OwnershipSweepTest {

    @Autowired
    CardFixtures fixtures;

    @Autowired
    StaffRepository staff;

    @Autowired
    SiteChangeService siteChanges;

    @Autowired
    SessionChoiceService sessionChoice;

    @Autowired
    CardRequestService cardRequests;

    @Autowired
    PassportService passports;

    @Test
    void anotherPersonsIdIsNotFoundAndLogged(CapturedOutput log) {
        CardFixtures.Starter owner = fixtures.cardAllocated("Owen", "Sweep", DemoUsers.AINTREE);
        SignIn.as(owner.staffId(), owner.name(), EnumSet.of(Role.STAFF));
        long ownersRequest = siteChanges.request(owner.cardId(), fixtures.siteId(DemoUsers.BROADGREEN), "Nearer");
        long session = fixtures.firstSessionAt(DemoUsers.AINTREE).getId();
        long version = fixtures.version(owner.cardId());
        long broadgreen = fixtures.siteId(DemoUsers.BROADGREEN);

        Map<String, Runnable> asStarter = new LinkedHashMap<>();
        asStarter.put("ask to move another person's card", () -> siteChanges.request(owner.cardId(), broadgreen, "x"));
        asStarter.put("withdraw another person's site change", () -> siteChanges.withdraw(ownersRequest, 0));
        asStarter.put(
                "choose a session for another person's card",
                () -> sessionChoice.choose(owner.cardId(), version, session));
        Map<String, Runnable> asManager = new LinkedHashMap<>();
        asManager.put(
                "ask for a card for someone outside the team",
                () -> cardRequests.requestCard(
                        owner.staffId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.LATER));
        asManager.put(
                "say someone outside the team needs no card", () -> cardRequests.recordNoCardNeeded(owner.staffId()));
        asManager.put(
                "withdraw the card of someone outside the team", () -> cardRequests.withdraw(owner.cardId(), version));
        asManager.put("open the passport of someone outside the team", () -> passports.teamMember(owner.staffId()));

        Map<String, String> wrong = new LinkedHashMap<>();
        SignIn.as(DemoUsers.STARTER, staff);
        sweep(asStarter, wrong);
        SignIn.as(DemoUsers.MANAGER, staff);
        sweep(asManager, wrong);

        assertThat(wrong)
                .as("calls with another person's id that were not refused as not found")
                .isEmpty();
        assertThat(fixtures.card(owner.cardId()).getVersion())
                .as("the owner's card is unchanged")
                .isEqualTo(version);
        long refusals = log.getOut()
                .lines()
                .filter(line -> line.contains("Refused: staff ")
                        && (line.endsWith(" " + owner.cardId() + " of another person")
                                || line.endsWith(" " + ownersRequest + " of another person")
                                || line.contains("staff " + owner.staffId() + " outside their team")))
                .count();
        assertThat(refusals).as("each refusal is logged").isGreaterThanOrEqualTo(asStarter.size() + asManager.size());
    }

    private static void sweep(Map<String, Runnable> calls, Map<String, String> wrong) {
        calls.forEach((name, call) -> {
            try {
                call.run();
                wrong.put(name, "allowed");
            } catch (RecordNotFoundException expected) {
                // refused as not found
            } catch (RuntimeException other) {
                wrong.put(name, other.getClass().getSimpleName() + ": " + other.getMessage());
            }
        });
    }
}
