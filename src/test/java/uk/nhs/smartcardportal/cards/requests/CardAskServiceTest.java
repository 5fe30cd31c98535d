package uk.nhs.smartcardportal.cards.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.InvalidInputException;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.printing.PrintQueueFilter;
import uk.nhs.smartcardportal.cards.printing.PrintQueueService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** Asking for a card after a role change: to the manager, then the print queue; refused where it makes no sense. */
@IntegrationTest
class CardAskServiceTest {

    @Autowired
    CardAskService asks;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    StaffRepository staff;

    @Autowired
    PrintQueueService printQueue;

    @Autowired
    JdbcTemplate jdbc;

    private static void signInAs(Staff person) {
        SignIn.as(person.getId(), person.getFullName(), EnumSet.of(Role.STAFF));
    }

    private long ask(Staff person) {
        signInAs(person);
        return asks.askForMyCard(RequestReason.ESR_SUPERVISOR, "Now approving appraisals");
    }

    @Test
    void theManagerConfirmsAndTheCardJoinsThePrintQueueAndThePersonIsTold() {
        Staff person = fixtures.newTeamMember("Priya", "Promoted");
        long askId = ask(person);
        assertThatThrownBy(() -> asks.askForMyCard(RequestReason.CLINICAL_SYSTEMS, null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("It is waiting for your manager to confirm it.");

        SignIn.as(DemoUsers.MANAGER, staff);
        assertThat(asks.myTeamsAsks(org.springframework.data.domain.PageRequest.of(0, 50)))
                .anySatisfy(row -> {
                    assertThat(row.askId()).isEqualTo(askId);
                    assertThat(row.why())
                            .isEqualTo(RequestReason.ESR_SUPERVISOR.label() + ": Now approving appraisals");
                });
        long cardId = asks.confirm(askId);
        assertThatThrownBy(() -> asks.confirm(askId)).hasMessageContaining("already been confirmed");

        assertThat(fixtures.card(cardId).getStatus()).isEqualTo(CardStatus.REQUESTED);
        assertThat(jdbc.queryForObject(
                        "select r.origin from smartcard c join card_request r on r.id = c.request_id where c.id = ?",
                        String.class,
                        cardId))
                .isEqualTo(RequestOrigin.ASKED_BY_HOLDER.name());
        SignIn.as(DemoUsers.RECRUITER, staff);
        assertThat(printQueue.queue(
                        new PrintQueueFilter(null, null, null, person.getEmployeeNumber()),
                        org.springframework.data.domain.PageRequest.of(0, 10)))
                .anySatisfy(row -> assertThat(row.cardId()).isEqualTo(cardId));
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where recipient_staff_id = ? and kind = "
                                + "'CARD_ASK_CONFIRMED'",
                        Long.class,
                        person.getId()))
                .isEqualTo(1);

        signInAs(person);
        assertThatThrownBy(() -> asks.askForMyCard(RequestReason.CLINICAL_SYSTEMS, null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("A card is already on its way to you");
    }

    @Test
    void aDeclineNeedsAReasonAndThePersonIsToldIt() {
        Staff person = fixtures.newTeamMember("Dev", "Declined");
        long askId = ask(person);
        SignIn.as(DemoUsers.MANAGER, staff);

        assertThatThrownBy(() -> asks.decline(askId, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems()).containsKey(CardAskService.NOTE));
        asks.decline(askId, "Your new role uses ESR without a card");

        assertThat(jdbc.queryForObject(
                        "select body_text from outbox_message where recipient_staff_id = ? and kind = "
                                + "'CARD_ASK_DECLINED'",
                        String.class,
                        person.getId()))
                .contains("Why: Your new role uses ESR without a card");
        assertThat(jdbc.queryForObject("select count(*) from smartcard where staff_id = ?", Long.class, person.getId()))
                .isZero();
    }

    @Test
    void wordsLongerThanTheRecordHoldsAreRefusedOnTheirFieldAndNothingIsSaved() {
        String tooLong = "a".repeat(10_000);
        Staff person = fixtures.newTeamMember("Lowri", "Lengthy");
        signInAs(person);
        assertThatThrownBy(() -> asks.askForMyCard(RequestReason.OTHER, tooLong))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .containsKey(uk.nhs.smartcardportal.cards.CardRequest.REASON_TEXT));
        long askId = ask(person);
        SignIn.as(DemoUsers.MANAGER, staff);
        assertThatThrownBy(() -> asks.decline(askId, tooLong))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems()).containsKey(CardAskService.NOTE));
        assertThat(jdbc.queryForObject("select status from card_ask where id = ?", String.class, askId))
                .isEqualTo("OPEN");
    }

    @Test
    void onlyThePersonsOwnManagerMayDecide() {
        Staff person = fixtures.newTeamMember("Olu", "Otherteam");
        long askId = ask(person);
        Staff otherManager = fixtures.newPerson("Another", "Manager");
        SignIn.as(otherManager.getId(), otherManager.getFullName(), EnumSet.of(Role.STAFF, Role.MANAGER));

        assertThatThrownBy(() -> asks.confirm(askId)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> asks.decline(askId, "No")).isInstanceOf(RecordNotFoundException.class);
        assertThat(asks.myTeamsAsks(org.springframework.data.domain.PageRequest.of(0, 50)))
                .noneSatisfy(row -> assertThat(row.askId()).isEqualTo(askId));
        signInAs(person);
        assertThatThrownBy(() -> asks.confirm(askId))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void refusedWithAClearMessageForAHolderAndForSomeoneWithNoManager() {
        CardFixtures.Starter holder = fixtures.cardAllocated("Hal", "Hascard", DemoUsers.AINTREE);
        fixtures.finish(holder.cardId(), CardStatus.AT_SESSION, "Taken to the session");
        fixtures.finish(holder.cardId(), CardStatus.COLLECTED, "Handed over");
        SignIn.as(holder.staffId(), holder.name(), EnumSet.of(Role.STAFF));
        assertThatThrownBy(() -> asks.askForMyCard(RequestReason.CLINICAL_SYSTEMS, null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("You already have a Smartcard, and it stays yours in your new role");

        Staff noManager = fixtures.newPerson("Nia", "Nomanager");
        signInAs(noManager);
        assertThatThrownBy(() -> asks.askForMyCard(RequestReason.CLINICAL_SYSTEMS, null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("Your staff record names no manager to confirm a card.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from card_ask where staff_id in (?, ?)",
                        Long.class,
                        holder.staffId(),
                        noManager.getId()))
                .isZero();
    }
}
