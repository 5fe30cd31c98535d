package uk.nhs.smartcardportal.cards.sitechange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardLifecycle;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.cards.SmartcardRepository;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.sites.SiteRepository;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class SiteChangeServiceTest {

    @Autowired
    CardFixtures fixtures;

    @Autowired
    SiteChangeService siteChanges;

    @Autowired
    SiteChangeRequestRepository requests;

    @Autowired
    StaffRepository staff;

    @Autowired
    SiteRepository sites;

    @Autowired
    TransactionTemplate transaction;

    private void signInAs(CardFixtures.Starter starter) {
        SignIn.as(starter.staffId(), starter.name(), EnumSet.of(Role.STAFF));
    }

    private long version(long requestId) {
        return requests.findById(requestId).orElseThrow().getVersion();
    }

    @Test
    void approvingMovesTheCardAndReleasesItsSessionAtTheOldSite() {
        CardFixtures.Starter starter = fixtures.cardAllocated("Alan", "Turing", DemoUsers.AINTREE);
        signInAs(starter);
        long requestId = siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.BROADGREEN), "Nearer home");

        SignIn.as(DemoUsers.ADMIN, staff);
        siteChanges.approve(requestId, version(requestId), "Done, see you there");

        Smartcard card = fixtures.card(starter.cardId());
        assertThat(card.getCollectionSite().getName()).isEqualTo(DemoUsers.BROADGREEN);
        assertThat(card.getStatus()).isEqualTo(CardStatus.IN_STORE);
        assertThat(card.getSession()).isNull();
        assertThat(requests.findById(requestId).orElseThrow().getStatus()).isEqualTo(SiteChangeStatus.APPROVED);
        assertThat(requests.findById(requestId).orElseThrow().getDecisionNote()).isEqualTo("Done, see you there");
    }

    @Test
    void refusedWithAClearMessage() {
        CardFixtures.Starter starter = fixtures.cardInStore("Dorothy", "Hodgkin", DemoUsers.AINTREE);
        signInAs(starter);
        long aintree = fixtures.siteId(DemoUsers.AINTREE);

        assertThatThrownBy(() -> siteChanges.request(starter.cardId(), aintree, null))
                .hasMessage("Your card is already going to " + DemoUsers.AINTREE + ".");
        assertThatThrownBy(() -> siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.STORE), null))
                .hasMessageContaining("is not taking card collections");
        long dental = fixtures.siteId(DemoUsers.DENTAL);
        transaction.executeWithoutResult(
                status -> sites.findById(dental).orElseThrow().setActive(false));
        try {
            assertThatThrownBy(() -> siteChanges.request(starter.cardId(), dental, null))
                    .hasMessage(DemoUsers.DENTAL + " is not taking card collections at the moment. Choose another "
                            + "site.");
        } finally {
            transaction.executeWithoutResult(
                    status -> sites.findById(dental).orElseThrow().setActive(true));
        }
        assertThatThrownBy(
                        () -> siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.ROYAL), "x".repeat(501)))
                .hasMessage("The reason can be at most 500 characters: this has 501.");

        siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.ROYAL), null);
        assertThatThrownBy(() -> siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.BROADGREEN), null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("You already have a site change waiting for a decision.");
    }

    @Test
    void aCardAlreadyCollectedOrCancelledCannotChangeSite() {
        CardFixtures.Starter starter = fixtures.cardInStore("Katherine", "Johnson", DemoUsers.AINTREE);
        SignIn.as(DemoUsers.ADMIN, staff);
        cancel(starter.cardId());
        signInAs(starter);

        assertThatThrownBy(() -> siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.ROYAL), null))
                .hasMessage("This card is cancelled, so its collection site cannot change.");
    }

    @Autowired
    CardLifecycle lifecycle;

    @Autowired
    SmartcardRepository cards;

    private void cancel(long cardId) {
        transaction.executeWithoutResult(status -> {
            Smartcard card = cards.findById(cardId).orElseThrow();
            lifecycle.move(card, card.getVersion(), CardStatus.CANCELLED, card.getCustody(), "test");
        });
    }

    @Autowired
    uk.nhs.smartcardportal.dev.MovableClock clock;

    @Test
    void askingAndWithdrawingInALoopStopsAfterAFewADayAndCanStartAgainTomorrow() {
        CardFixtures.Starter starter = fixtures.cardInStore("Emmy", "Noether", DemoUsers.AINTREE);
        clock.setInstant(java.time.Instant.parse("2027-02-10T09:00:00Z"));
        signInAs(starter);
        for (int i = 0; i < SiteChangeService.MAX_PER_DAY; i++) {
            long asked = siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.ROYAL), null);
            siteChanges.withdraw(asked, version(asked));
        }
        long before = requests.count();

        assertThatThrownBy(() -> siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.ROYAL), null))
                .hasMessageContaining("You have asked to change the site 3 times today");
        assertThat(requests.count()).isEqualTo(before);

        clock.setInstant(java.time.Instant.parse("2027-02-11T09:00:00Z"));
        assertThat(siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.ROYAL), null))
                .isPositive();
    }

    @Test
    void theStarterWithdrawsAPendingRequestAndCanThenAskAgain() {
        CardFixtures.Starter starter = fixtures.cardInStore("Lise", "Meitner", DemoUsers.AINTREE);
        signInAs(starter);
        long first = siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.ROYAL), null);

        siteChanges.withdraw(first, version(first));
        assertThat(requests.findById(first).orElseThrow().getStatus()).isEqualTo(SiteChangeStatus.WITHDRAWN);
        assertThatThrownBy(() -> siteChanges.withdraw(first, version(first)))
                .hasMessage("This request is already withdrawn.");
        long second = siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.BROADGREEN), null);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void declineNeedsANoteThatTheStarterSees() {
        CardFixtures.Starter starter = fixtures.cardInStore("Chien-Shiung", "Wu", DemoUsers.AINTREE);
        signInAs(starter);
        long requestId = siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.ROYAL), null);
        SignIn.as(DemoUsers.ADMIN, staff);

        assertThatThrownBy(() -> siteChanges.decline(requestId, version(requestId), "  "))
                .hasMessageStartingWith("Say why the request is declined");
        siteChanges.decline(requestId, version(requestId), "No sessions at the Royal this month");

        SiteChangeSummary queued = siteChanges
                .queue(new SiteChangeFilter(SiteChangeStatus.DECLINED, null, "chien-shiung"), PageRequest.of(0, 10))
                .getFirst();
        assertThat(queued.decisionNote()).isEqualTo("No sessions at the Royal this month");
        assertThat(fixtures.card(starter.cardId()).getCollectionSite().getName())
                .isEqualTo(DemoUsers.AINTREE);
    }

    @Test
    void theQueueIsOldestFirstAndForWorkforceOnly() {
        CardFixtures.Starter early = fixtures.cardInStore("Early", "Asker", DemoUsers.DENTAL);
        CardFixtures.Starter late = fixtures.cardInStore("Late", "Asker", DemoUsers.DENTAL);
        signInAs(early);
        siteChanges.request(early.cardId(), fixtures.siteId(DemoUsers.ROYAL), null);
        signInAs(late);
        siteChanges.request(late.cardId(), fixtures.siteId(DemoUsers.ROYAL), null);
        assertThatThrownBy(() -> siteChanges.queue(new SiteChangeFilter(null, null, null), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(DemoUsers.ADMIN, staff);
        var filter = new SiteChangeFilter(SiteChangeStatus.PENDING, fixtures.siteId(DemoUsers.DENTAL), "asker");
        assertThat(siteChanges.queue(filter, PageRequest.of(0, 10)))
                .extracting(SiteChangeSummary::staffName)
                .containsExactly("Early Asker", "Late Asker");
        assertThat(siteChanges.count(filter)).isEqualTo(2);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void anotherPersonsCardOrRequestIsNotFoundAndNothingChanges(CapturedOutput log) {
        CardFixtures.Starter owner = fixtures.cardInStore("Owner", "Person", DemoUsers.AINTREE);
        CardFixtures.Starter other = fixtures.cardInStore("Other", "Person", DemoUsers.AINTREE);
        signInAs(owner);
        long requestId = siteChanges.request(owner.cardId(), fixtures.siteId(DemoUsers.ROYAL), null);

        signInAs(other);
        assertThatThrownBy(() -> siteChanges.request(owner.cardId(), fixtures.siteId(DemoUsers.BROADGREEN), null))
                .isInstanceOf(RecordNotFoundException.class)
                .hasMessage("The card was not found.");
        assertThatThrownBy(() -> siteChanges.withdraw(requestId, version(requestId)))
                .isInstanceOf(RecordNotFoundException.class)
                .hasMessage("The request was not found.");
        assertThat(requests.findById(requestId).orElseThrow().getStatus()).isEqualTo(SiteChangeStatus.PENDING);
        assertThat(log.getOut())
                .contains("Refused: staff " + other.staffId() + " asked for card " + owner.cardId())
                .contains("Refused: staff " + other.staffId() + " asked for site change request " + requestId);
    }
}
