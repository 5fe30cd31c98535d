package uk.nhs.smartcardportal.cards.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardRequest;
import uk.nhs.smartcardportal.cards.CardRequestRepository;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CardTransitionRepository;
import uk.nhs.smartcardportal.cards.Custody;
import uk.nhs.smartcardportal.cards.CustodyKind;
import uk.nhs.smartcardportal.cards.IssuedCardRow;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.RequestStatus;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class PrintQueueServiceTest {

    @Autowired
    CardFixtures fixtures;

    @Autowired
    PrintQueueService printQueue;

    @Autowired
    CardRequestService requests;

    @Autowired
    CardRequestRepository requestRows;

    @Autowired
    CardTransitionRepository transitions;

    @Autowired
    StaffRepository staff;

    private long requested(String first, String last) {
        Staff person = fixtures.newTeamMember(first, last);
        SignIn.as(DemoUsers.MANAGER, staff);
        long cardId = requests.requestCard(person.getId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.LATER);
        SignIn.as(DemoUsers.RECRUITER, staff);
        return cardId;
    }

    private PrintInstruction print(long cardId, String serial, String site) {
        return new PrintInstruction(cardId, fixtures.version(cardId), serial, fixtures.siteId(site));
    }

    private List<PrintQueueRow> wholeQueue() {
        return printQueue.queue(new PrintQueueFilter(null, null, null), PageRequest.of(0, 10_000));
    }

    @Test
    void theQueueIsOldestFirstAndFiltersByStartDateAndSite() {
        long older = requested("Alice", "Ball");
        long newer = requested("Agnes", "Arber");
        List<Long> ids = wholeQueue().stream().map(PrintQueueRow::cardId).toList();
        assertThat(ids).containsSubsequence(older, newer);
        assertThat(printQueue.count(new PrintQueueFilter(null, null, null))).isEqualTo(ids.size());

        LocalDate inTwoWeeks = LocalDate.now().plusWeeks(2);
        List<Long> starting = printQueue
                .queue(
                        new PrintQueueFilter(inTwoWeeks, inTwoWeeks, fixtures.siteId(DemoUsers.AINTREE)),
                        PageRequest.of(0, 10_000))
                .stream()
                .map(PrintQueueRow::cardId)
                .toList();
        assertThat(starting).contains(older, newer);
        assertThat(printQueue.queue(
                        new PrintQueueFilter(inTwoWeeks.plusDays(1), null, null), PageRequest.of(0, 10_000)))
                .extracting(PrintQueueRow::cardId)
                .doesNotContain(older, newer);
        String olderNumber = wholeQueue().stream()
                .filter(row -> row.cardId() == older)
                .findFirst()
                .orElseThrow()
                .employeeNumber();
        assertThat(printQueue.queue(new PrintQueueFilter(null, null, null, "alice BALL"), PageRequest.of(0, 100)))
                .extracting(PrintQueueRow::cardId)
                .contains(older)
                .doesNotContain(newer);
        assertThat(printQueue.count(new PrintQueueFilter(null, null, null, olderNumber)))
                .isEqualTo(1);
        assertThat(printQueue.queue(
                        new PrintQueueFilter(null, null, fixtures.siteId(DemoUsers.ROYAL)), PageRequest.of(0, 10_000)))
                .extracting(PrintQueueRow::cardId)
                .doesNotContain(older, newer);
    }

    @Test
    void aBatchIsRecordedTogetherWithCustodyWithRecruitmentUntilReceived() {
        long first = requested("Mae", "Jemison");
        long second = requested("Sally", "Ride");
        String serialOne = fixtures.uniqueSerial();
        String serialTwo = fixtures.uniqueSerial();

        int recorded = printQueue.printAll(List.of(
                print(first, serialOne, DemoUsers.AINTREE), print(second, " " + serialTwo + " ", DemoUsers.ROYAL)));

        assertThat(recorded).isEqualTo(2);
        Smartcard one = fixtures.card(first);
        assertThat(one.getStatus()).isEqualTo(CardStatus.PRINTED);
        assertThat(one.getSerial()).isEqualTo(serialOne);
        assertThat(one.getCollectionSite().getName()).isEqualTo(DemoUsers.AINTREE);
        assertThat(one.getCustody()).isEqualTo(Custody.withRecruitment());
        assertThat(fixtures.card(second).getSerial()).isEqualTo(serialTwo);
        assertThat(requestRows.findById(one.getRequest().getId()).orElseThrow().getStatus())
                .isEqualTo(RequestStatus.PRINTED);
        assertThat(wholeQueue()).extracting(PrintQueueRow::cardId).doesNotContain(first, second);
    }

    @Test
    void oneBadCardInABatchLeavesEveryCardAsItWasWithEachProblemReported() {
        long good = requested("Hedy", "Lamarr");
        long badSerial = requested("Joan", "Clarke");
        long duplicate = requested("Mary", "Anning");
        String serial = fixtures.uniqueSerial();
        List<PrintInstruction> batch = new ArrayList<>(List.of(
                print(good, serial, DemoUsers.AINTREE),
                print(badSerial, "12345", DemoUsers.AINTREE),
                print(duplicate, serial, DemoUsers.AINTREE)));

        PrintBatchRefusedException refused = (PrintBatchRefusedException)
                org.assertj.core.api.Assertions.catchThrowable(() -> printQueue.printAll(batch));

        assertThat(refused.getMessage()).startsWith("Nothing was recorded: 2 cards have problems.");
        assertThat(refused.problemsByCardId()).containsOnlyKeys(badSerial, duplicate);
        assertThat(refused.problemsByCardId().get(badSerial)).contains("exactly 12 digits");
        assertThat(refused.problemsByCardId().get(duplicate)).contains("entered twice");
        for (long cardId : List.of(good, badSerial, duplicate)) {
            assertThat(fixtures.card(cardId).getStatus()).isEqualTo(CardStatus.REQUESTED);
            assertThat(fixtures.card(cardId).getSerial()).isNull();
            assertThat(transitions.findByCardIdOrderByOccurredAtAscIdAsc(cardId))
                    .hasSize(1);
        }
    }

    @Test
    void serialsAlreadyUsedAndSitesNotCollectingAreRefused() {
        CardFixtures.Starter printed = fixtures.cardInStore("Ada", "Yonath", DemoUsers.AINTREE);
        long card = requested("Tu", "Youyou");
        SignIn.as(DemoUsers.RECRUITER, staff);
        String used = fixtures.card(printed.cardId()).getSerial();

        assertThatThrownBy(() -> printQueue.printAll(List.of(print(card, used, DemoUsers.AINTREE))))
                .isInstanceOfSatisfying(
                        PrintBatchRefusedException.class,
                        refused ->
                                assertThat(refused.problemsByCardId().get(card)).contains("already recorded"));
        assertThatThrownBy(() -> printQueue.printAll(List.of(print(card, fixtures.uniqueSerial(), DemoUsers.STORE))))
                .isInstanceOfSatisfying(
                        PrintBatchRefusedException.class,
                        refused -> assertThat(refused.problemsByCardId().get(card))
                                .contains("not taking card collections"));
        assertThatThrownBy(() -> printQueue.printAll(List.of())).hasMessageContaining("at least one card");
    }

    @Test
    void aStaleVersionIsReportedAgainstItsCard() {
        long card = requested("Vera", "Rubin");
        PrintInstruction stale = new PrintInstruction(
                card, fixtures.version(card) - 1, fixtures.uniqueSerial(), fixtures.siteId(DemoUsers.AINTREE));

        assertThatThrownBy(() -> printQueue.printAll(List.of(stale)))
                .isInstanceOfSatisfying(
                        PrintBatchRefusedException.class,
                        refused -> assertThat(refused.problemsByCardId().get(card))
                                .contains("changed this card a moment ago"));
    }

    @Test
    void declineNeedsAReasonAndTellsTheRequester() {
        long card = requested("Cecilia", "Payne");

        assertThatThrownBy(() -> printQueue.decline(card, fixtures.version(card), " "))
                .hasMessageContaining("Give a reason");
        printQueue.decline(card, fixtures.version(card), "Role does not use clinical systems");

        Smartcard declined = fixtures.card(card);
        assertThat(declined.getStatus()).isEqualTo(CardStatus.CANCELLED);
        CardRequest request =
                requestRows.findById(declined.getRequest().getId()).orElseThrow();
        assertThat(request.getStatus()).isEqualTo(RequestStatus.DECLINED);
        assertThat(request.getDecisionNote()).isEqualTo("Role does not use clinical systems");
    }

    @Test
    void aCardInTheStoreCanBeCancelled() {
        CardFixtures.Starter starter = fixtures.cardAllocated("Henrietta", "Leavitt", DemoUsers.AINTREE);
        SignIn.as(DemoUsers.RECRUITER, staff);

        printQueue.cancel(starter.cardId(), fixtures.version(starter.cardId()), "Offer withdrawn");

        Smartcard card = fixtures.card(starter.cardId());
        assertThat(card.getStatus()).isEqualTo(CardStatus.CANCELLED);
        assertThat(card.getSession()).isNull();
        assertThat(card.getCustody().kind()).isEqualTo(CustodyKind.SITE);
    }

    @Test
    void aLostCardIsReprintedAndLinkedToTheOldOne() {
        CardFixtures.Starter starter = fixtures.cardInStore("Jocelyn", "Bell", DemoUsers.AINTREE);
        SignIn.as(DemoUsers.RECRUITER, staff);
        String oldSerial = fixtures.card(starter.cardId()).getSerial();

        long fresh = printQueue.reprint(
                starter.cardId(), fixtures.version(starter.cardId()), CardStatus.LOST, "Lost in transit between sites");

        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.LOST);
        Smartcard reprint = fixtures.card(fresh);
        assertThat(reprint.getStatus()).isEqualTo(CardStatus.REQUESTED);
        assertThat(wholeQueue())
                .filteredOn(row -> row.cardId() == fresh)
                .singleElement()
                .extracting(PrintQueueRow::replacesSerial)
                .isEqualTo(oldSerial);

        assertThatThrownBy(() -> printQueue.reprint(
                        starter.cardId(), fixtures.version(starter.cardId()), CardStatus.DESTROYED, "Again"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aDamagedCardIsDestroyedAndReprinted() {
        CardFixtures.Starter starter = fixtures.cardInStore("Marie", "Tharp", DemoUsers.AINTREE);
        SignIn.as(DemoUsers.RECRUITER, staff);

        long fresh = printQueue.reprint(
                starter.cardId(), fixtures.version(starter.cardId()), CardStatus.DESTROYED, "Chip damaged");

        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.DESTROYED);
        assertThat(fixtures.card(starter.cardId()).getCustody().kind()).isEqualTo(CustodyKind.GONE);
        assertThat(fixtures.card(fresh).getStatus()).isEqualTo(CardStatus.REQUESTED);
        assertThatThrownBy(() -> printQueue.reprint(fresh, fixtures.version(fresh), CardStatus.LOST, "x"))
                .hasMessageContaining("not been printed");
        assertThatThrownBy(() -> printQueue.reprint(starter.cardId(), 0, CardStatus.CANCELLED, "x"))
                .hasMessageContaining("lost or");
    }

    @Test
    void issuedCardsAreFoundBySerialOrName() {
        CardFixtures.Starter starter = fixtures.cardInStore("Williamina", "Fleming", DemoUsers.AINTREE);
        SignIn.as(DemoUsers.RECRUITER, staff);
        String serial = fixtures.card(starter.cardId()).getSerial();

        assertThat(printQueue.issued(serial, PageRequest.of(0, 10)))
                .singleElement()
                .extracting(IssuedCardRow::fullName)
                .isEqualTo(starter.name());
        assertThat(printQueue.countIssued("williamina fleming")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void onlyRecruitmentAndWorkforceWorkTheQueue() {
        SignIn.as(DemoUsers.MANAGER, staff);
        assertThatThrownBy(() -> wholeQueue()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> printQueue.decline(1, 0, "x")).isInstanceOf(AccessDeniedException.class);
        SignIn.as(DemoUsers.STARTER, staff);
        assertThatThrownBy(() -> printQueue.printAll(List.of())).isInstanceOf(AccessDeniedException.class);
    }
}
