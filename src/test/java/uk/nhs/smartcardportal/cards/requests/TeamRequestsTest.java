package uk.nhs.smartcardportal.cards.requests;

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
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardRequest;
import uk.nhs.smartcardportal.cards.CardRequestRepository;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.RequestStatus;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.cards.printing.PrintInstruction;
import uk.nhs.smartcardportal.cards.printing.PrintQueueService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.SmartcardNeed;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TeamRequestsTest {

    @Autowired
    CardFixtures fixtures;

    @Autowired
    CardRequestService requests;

    @Autowired
    CardRequestRepository requestRows;

    @Autowired
    StaffRepository staff;

    @Autowired
    PrintQueueService printQueue;

    private TeamMemberRow rowFor(Staff person, boolean decisionNeededOnly) {
        return requests
                .team(new TeamFilter(person.getEmployeeNumber(), decisionNeededOnly), PageRequest.of(0, 10))
                .stream()
                .findFirst()
                .orElse(null);
    }

    @Test
    void aManagerSeesTheirStarterAsDecisionNeededUntilTheyDecide() {
        Staff starter = fixtures.newTeamMember("Ada", "Byron");
        SignIn.as(DemoUsers.MANAGER, staff);

        TeamMemberRow row = rowFor(starter, true);
        assertThat(row).isNotNull();
        assertThat(row.needLabel()).isEqualTo("Decision needed");
        assertThat(row.cardStatus()).isNull();
        assertThat(requests.countTeam(new TeamFilter(starter.getEmployeeNumber(), true)))
                .isEqualTo(1);

        requests.requestCard(starter.getId(), RequestReason.ESR_SUPERVISOR, null, RequestOrigin.AT_RECRUITMENT);

        assertThat(rowFor(starter, true)).isNull();
        TeamMemberRow after = rowFor(starter, false);
        assertThat(after.need()).isEqualTo(SmartcardNeed.NEEDED);
        assertThat(after.cardStatus()).isEqualTo(CardStatus.REQUESTED);
        assertThat(after.canWithdraw()).isTrue();
    }

    @Test
    void recordingNoCardNeededIsKeptAndAudited() {
        Staff starter = fixtures.newTeamMember("Mary", "Somerville");
        SignIn.as(DemoUsers.MANAGER, staff);

        requests.recordNoCardNeeded(starter.getId());

        assertThat(staff.findById(starter.getId()).orElseThrow().getSmartcardNeed())
                .isEqualTo(SmartcardNeed.NOT_NEEDED);
        assertThat(rowFor(starter, false).needLabel()).isEqualTo("No card needed");
    }

    @Test
    void otherNeedsItsReasonInWords() {
        Staff starter = fixtures.newTeamMember("Emmy", "Noether");
        SignIn.as(DemoUsers.MANAGER, staff);

        assertThatThrownBy(() -> requests.requestCard(starter.getId(), RequestReason.OTHER, "  ", RequestOrigin.LATER))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Say why the role needs a Smartcard.");
        assertThatThrownBy(() -> requests.requestCard(starter.getId(), null, null, RequestOrigin.LATER))
                .hasMessage("Choose why the role needs a Smartcard.");
        assertThat(rowFor(starter, false).cardStatus()).isNull();

        long cardId = requests.requestCard(
                starter.getId(), RequestReason.OTHER, "Runs the theatre rota system", RequestOrigin.LATER);
        CardRequest saved = fixtures.card(cardId).getRequest();
        assertThat(requestRows.findById(saved.getId()).orElseThrow().getReasonText())
                .isEqualTo("Runs the theatre rota system");
    }

    @Test
    void aSecondRequestIsRefusedWhileACardIsActive() {
        CardFixtures.Starter inStore = fixtures.cardInStore("Rosalind", "Franklin", DemoUsers.AINTREE);
        SignIn.as(DemoUsers.ADMIN, staff);

        assertThatThrownBy(() -> requests.requestCard(
                        inStore.staffId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.LATER))
                .hasMessage(inStore.name() + " already has a card on its way or in use.");
        assertThatThrownBy(() -> requests.recordNoCardNeeded(inStore.staffId()))
                .hasMessageContaining("has a card on its way");
    }

    @Test
    void aManagerCannotAskForSomeoneOutsideTheirTeamAndItIsLogged(CapturedOutput output) {
        Staff outsider = fixtures.newPerson("Grace", "Hopper");
        SignIn.as(DemoUsers.MANAGER, staff);

        assertThatThrownBy(() -> requests.requestCard(
                        outsider.getId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.LATER))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> requests.recordNoCardNeeded(outsider.getId()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(output).contains("outside their team");
        assertThat(staff.findById(outsider.getId()).orElseThrow().getSmartcardNeed())
                .isEqualTo(SmartcardNeed.UNKNOWN);
    }

    @Test
    void workforceMayAskForAnyoneButAStarterMayNotAsk() {
        Staff outsider = fixtures.newPerson("Katherine", "Johnson");
        SignIn.as(outsider.getId(), outsider.getFullName(), EnumSet.of(Role.STAFF));
        assertThatThrownBy(() -> requests.requestCard(
                        outsider.getId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.LATER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.team(new TeamFilter(null, false), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(DemoUsers.ADMIN, staff);
        long cardId = requests.requestCard(outsider.getId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.LATER);
        assertThat(fixtures.card(cardId).getStatus()).isEqualTo(CardStatus.REQUESTED);
    }

    @Test
    void aRequestCanBeWithdrawnOnlyBeforePrinting() {
        Staff starter = fixtures.newTeamMember("Lise", "Meitner");
        SignIn.as(DemoUsers.MANAGER, staff);
        long cardId = requests.requestCard(starter.getId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.LATER);

        requests.withdraw(cardId, fixtures.version(cardId));

        Smartcard card = fixtures.card(cardId);
        assertThat(card.getStatus()).isEqualTo(CardStatus.CANCELLED);
        assertThat(requestRows.findById(card.getRequest().getId()).orElseThrow().getStatus())
                .isEqualTo(RequestStatus.WITHDRAWN);

        CardFixtures.Starter printed = fixtures.cardInStore("Chien-Shiung", "Wu", DemoUsers.AINTREE);
        SignIn.as(DemoUsers.ADMIN, staff);
        assertThatThrownBy(() -> requests.withdraw(printed.cardId(), fixtures.version(printed.cardId())))
                .hasMessageContaining("already been printed");
    }

    @Test
    void aManagerFollowsTheirRequestToTheStore() {
        Staff starter = fixtures.newTeamMember("Barbara", "McClintock");
        SignIn.as(DemoUsers.MANAGER, staff);
        long cardId = requests.requestCard(starter.getId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.LATER);
        SignIn.as(DemoUsers.RECRUITER, staff);
        requestsPrinted(cardId);

        SignIn.as(DemoUsers.MANAGER, staff);
        TeamMemberRow row = rowFor(starter, false);
        assertThat(row.cardStatus()).isEqualTo(CardStatus.PRINTED);
        assertThat(row.collectionSite()).isEqualTo(DemoUsers.BROADGREEN);
        assertThat(row.canWithdraw()).isFalse();
    }

    private void requestsPrinted(long cardId) {
        printQueue.printAll(java.util.List.of(new PrintInstruction(
                cardId, fixtures.version(cardId), fixtures.uniqueSerial(), fixtures.siteId(DemoUsers.BROADGREEN))));
    }
}
