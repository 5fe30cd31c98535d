package uk.nhs.smartcardportal.cards.requests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.cards.requests.TeamMemberRow;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;
import uk.nhs.smartcardportal.staff.SmartcardNeed;
import uk.nhs.smartcardportal.staff.Staff;

class TeamViewTest extends ViewTest {

    private static final int NEED = 4;
    private static final int STATUS = 5;
    private static final int ACTION = 7;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    CardRequestService requests;

    @SuppressWarnings("unchecked")
    private Grid<TeamMemberRow> openTeamShowing(Staff person) {
        signInAs(DemoUsers.MANAGER);
        navigate(TeamView.class);
        test(find(TextField.class).withLabel("Person").single()).setValue(person.getEmployeeNumber());
        Grid<TeamMemberRow> grid = find(Grid.class).withId("team-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        return grid;
    }

    private String need(Grid<TeamMemberRow> grid) {
        return test(grid).getLitRendererPropertyValue(0, NEED, "need", String.class);
    }

    private String action(Grid<TeamMemberRow> grid) {
        return test(grid).getLitRendererPropertyValue(0, ACTION, "action", String.class);
    }

    @SuppressWarnings("unchecked")
    private void choose(String answer) {
        test((RadioButtonGroup<String>) find(RadioButtonGroup.class).single()).selectItem(answer);
    }

    @Test
    void aManagerSaysAStartersRoleNeedsACard() {
        Staff starter = fixtures.newTeamMember("Florence", "Nightingale");
        Grid<TeamMemberRow> grid = openTeamShowing(starter);
        assertThat(need(grid)).isEqualTo("Decision needed");

        test(grid).invokeLitRendererFunction(0, ACTION, "act");
        choose(RequestReason.CLINICAL_SYSTEMS.label());
        test(find(Button.class).withText("Save").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(test(grid).getCellText(0, STATUS)).isEqualTo(CardStatus.REQUESTED.label());
        assertThat(need(grid)).isEqualTo("Needs a card");
        assertThat(action(grid)).isEqualTo("Withdraw");
    }

    @Test
    void otherWithoutAReasonIsRefusedAndNothingIsSaved() {
        Staff starter = fixtures.newTeamMember("Mary", "Seacole");
        Grid<TeamMemberRow> grid = openTeamShowing(starter);

        test(grid).invokeLitRendererFunction(0, ACTION, "act");
        choose(RequestReason.OTHER.label());
        assertThat(find(TextArea.class).single().isVisible()).isTrue();
        test(find(Button.class).withText("Save").single()).click();

        assertThat(find(Dialog.class).exists()).isTrue();
        assertThat(test(grid).getCellText(0, STATUS)).isEqualTo("No card");
        assertThat(staffRepository.findById(starter.getId()).orElseThrow().getSmartcardNeed())
                .isEqualTo(SmartcardNeed.UNKNOWN);

        test(find(TextArea.class).single()).setValue("Signs off theatre stock orders");
        test(find(Button.class).withText("Save").single()).click();
        assertThat(test(grid).getCellText(0, STATUS)).isEqualTo(CardStatus.REQUESTED.label());
    }

    @Test
    void aManagerRecordsThatNoCardIsNeeded() {
        Staff starter = fixtures.newTeamMember("Edith", "Cavell");
        Grid<TeamMemberRow> grid = openTeamShowing(starter);

        test(grid).invokeLitRendererFunction(0, ACTION, "act");
        choose(CardNeedDialog.NO_CARD);
        test(find(Button.class).withText("Save").single()).click();

        assertThat(need(grid)).isEqualTo("No card needed");
        assertThat(action(grid)).isEqualTo("Ask for a card");
        test(find(Checkbox.class).withLabel("Decision needed only").single()).click();
        assertThat(test(grid).size()).isZero();
    }

    @Test
    void aManagerWithdrawsARequestBeforeItIsPrinted() {
        Staff starter = fixtures.newTeamMember("Elsie", "Inglis");
        signInAs(DemoUsers.MANAGER);
        long cardId = requests.requestCard(starter.getId(), RequestReason.ESR_SUPERVISOR, null, RequestOrigin.LATER);
        Grid<TeamMemberRow> grid = openTeamShowing(starter);

        test(grid).invokeLitRendererFunction(0, ACTION, "act");
        test(find(Button.class).withText("Withdraw request").single()).click();

        assertThat(fixtures.card(cardId).getStatus()).isEqualTo(CardStatus.CANCELLED);
        assertThat(test(grid).getCellText(0, STATUS)).isEqualTo(CardStatus.CANCELLED.label());
    }

    @Autowired
    uk.nhs.smartcardportal.cards.requests.CardAskService asks;

    @SuppressWarnings("unchecked")
    private int askRowOf(Grid<uk.nhs.smartcardportal.cards.requests.CardAskRow> asked, Staff person) {
        for (int row = 0; row < test(asked).size(); row++) {
            if (test(asked).getRow(row).staffId() == person.getId()) {
                return row;
            }
        }
        throw new AssertionError(person.getFullName() + " is not among the cards asked for");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerConfirmsTheCardATeamMemberAskedForAndDeclinesAnotherSayingWhy() {
        Staff confirmed = fixtures.newTeamMember("Carys", "Confirmed");
        Staff declined = fixtures.newTeamMember("Dafydd", "Declined");
        for (Staff person : java.util.List.of(confirmed, declined)) {
            signInAs(
                    person.getId(),
                    person.getFullName(),
                    java.util.EnumSet.of(uk.nhs.smartcardportal.security.Role.STAFF));
            asks.askForMyCard(RequestReason.CLINICAL_SYSTEMS, "Now on the wards");
        }
        signInAs(DemoUsers.MANAGER);
        navigate(TeamView.class);
        Grid<uk.nhs.smartcardportal.cards.requests.CardAskRow> asked =
                find(Grid.class).withId("team-asks").single();
        int row = askRowOf(asked, confirmed);
        assertThat(test(asked).getCellText(row, 2)).isEqualTo("Access to clinical systems: Now on the wards");

        test(asked).invokeLitRendererFunction(row, 3, "confirm");
        test(find(Button.class).withText("Confirm: print a card").single()).click();
        assertThat(test(find(com.vaadin.flow.component.notification.Notification.class)
                                .last())
                        .getText())
                .isEqualTo("Card asked for: it is in Recruitment's print queue.");
        test(find(TextField.class).withLabel("Person").single()).setValue(confirmed.getEmployeeNumber());
        Grid<TeamMemberRow> team = find(Grid.class).withId("team-grid").single();
        assertThat(test(team).getCellText(0, STATUS)).isEqualTo(CardStatus.REQUESTED.label());

        test(asked).invokeLitRendererFunction(askRowOf(asked, declined), 3, "decline");
        test(find(Button.class).withText("Decline").single()).click();
        TextArea why = find(TextArea.class)
                .withLabel("Why the role does not need a card")
                .single();
        assertThat(why.isInvalid()).isTrue();
        assertThat(find(Dialog.class).exists())
                .as("the refusal keeps the dialog open")
                .isTrue();
        test(why).setValue("The new role uses ESR without a card");
        test(find(Button.class).withText("Decline").single()).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        for (int i = 0; i < test(asked).size(); i++) {
            assertThat(test(asked).getRow(i).staffId()).isNotIn(confirmed.getId(), declined.getId());
        }
    }

    @Test
    void aStarterCannotOpenTheTeamView() {
        signInAs(DemoUsers.STARTER);
        navigate("team", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
