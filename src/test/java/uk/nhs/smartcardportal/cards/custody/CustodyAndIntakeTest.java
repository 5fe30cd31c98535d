package uk.nhs.smartcardportal.cards.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.Custody;
import uk.nhs.smartcardportal.cards.IssuedCardRow;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class CustodyAndIntakeTest {

    @Autowired
    GeneralOfficeIntakeService intake;

    @Autowired
    CustodyService custody;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    StaffRepository staff;

    @BeforeEach
    void signIn() {
        SignIn.as(DemoUsers.ADMIN, staff);
    }

    private String serial(CardFixtures.Starter starter) {
        return fixtures.card(starter.cardId()).getSerial();
    }

    @Test
    void theIntakeReconcilesFoundMissingAndUnknownThenMovesTheFoundCards() {
        CardFixtures.Starter found = fixtures.cardAtGeneralOffice("Found", "Card");
        CardFixtures.Starter missing = fixtures.cardAtGeneralOffice("Missing", "Card");
        CardFixtures.Starter elsewhere = fixtures.cardInStore("Elsewhere", "Card", DemoUsers.AINTREE);
        SignIn.as(DemoUsers.ADMIN, staff);

        IntakeReconciliation result = intake.reconcile(
                serial(found) + "\n" + serial(found) + ", 12345 ; " + serial(elsewhere) + " 999999999999");

        assertThat(result.found()).extracting(IntakeCard::cardId).containsExactly(found.cardId());
        assertThat(result.missing())
                .extracting(IntakeCard::cardId)
                .contains(missing.cardId())
                .doesNotContain(found.cardId());
        assertThat(result.unknown())
                .extracting(UnknownSerial::entered, UnknownSerial::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("12345", "Not a card number: they are 12 digits."),
                        org.assertj.core.groups.Tuple.tuple(
                                serial(elsewhere), "Recorded elsewhere: at the workforce " + "systems store"),
                        org.assertj.core.groups.Tuple.tuple(
                                "999999999999", "Not on record: check the number, or ask Recruitment."));

        assertThat(intake.confirm(result.found())).isEqualTo(1);

        Smartcard moved = fixtures.card(found.cardId());
        assertThat(moved.getStatus()).isEqualTo(CardStatus.IN_STORE);
        assertThat(moved.getCustody()).isEqualTo(Custody.atSite(fixtures.siteId(DemoUsers.STORE)));
        assertThat(fixtures.card(missing.cardId()).getCustody())
                .isEqualTo(Custody.atSite(fixtures.siteId(DemoUsers.GENERAL_OFFICE)));
        assertThatThrownBy(() -> intake.confirm(result.found())).hasMessageContaining("no longer at the General");
    }

    @Test
    void whereIsACardShowsItsCustodyNowAndEveryMove() {
        CardFixtures.Starter starter = fixtures.cardAtGeneralOffice("Ledger", "Walker");
        SignIn.as(DemoUsers.ADMIN, staff);
        intake.confirm(intake.reconcile(serial(starter)).found());

        assertThat(custody.find(serial(starter)))
                .singleElement()
                .extracting(IssuedCardRow::cardId)
                .isEqualTo(starter.cardId());
        assertThat(custody.find("ledger walker"))
                .extracting(IssuedCardRow::cardId)
                .contains(starter.cardId());
        CardWhereabouts card = custody.whereIs(starter.cardId());

        assertThat(card.custody()).isEqualTo(DemoUsers.STORE);
        assertThat(card.history())
                .extracting(CustodyStep::from, CustodyStep::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Not printed yet", "Not printed yet"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Not printed yet", "With Recruitment, on its way to the store"),
                        org.assertj.core.groups.Tuple.tuple(
                                "With Recruitment, on its way to the store", DemoUsers.GENERAL_OFFICE),
                        org.assertj.core.groups.Tuple.tuple(DemoUsers.GENERAL_OFFICE, DemoUsers.STORE));
        assertThat(card.history())
                .allSatisfy(step -> assertThat(step.actorName()).isNotBlank());
        assertThat(custody.find(" ")).isEmpty();
    }

    @Test
    void onlyWorkforceSeesCustody() {
        SignIn.as(DemoUsers.RECRUITER, staff);
        assertThatThrownBy(() -> custody.find("1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> intake.reconcile("1")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyScanRefusesMoreNumbersThanItTakesSayingHowMany() {
        SignIn.as(DemoUsers.ADMIN, staff);
        long store = fixtures.siteId(DemoUsers.STORE);

        assertThatThrownBy(() -> custody.countCards(store, numbers(ScannedSerials.AT_A_COUNT + 1)))
                .hasMessage("Enter at most 5000 card numbers at a time: you entered 5001.");
        assertThatThrownBy(() -> intake.reconcile(numbers(GeneralOfficeIntakeService.SERIALS_MAX + 1)))
                .hasMessage("Enter at most 2000 card numbers at a time: you entered 2001.");
        assertThat(custody.countCards(store, numbers(3)).unknown()).hasSize(3);
    }

    private static String numbers(int count) {
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < count; i++) {
            numbers.append(String.format("7%011d%n", i));
        }
        return numbers.toString();
    }
}
