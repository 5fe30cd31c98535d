package uk.nhs.smartcardportal.cards.printing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.IssuedCardRow;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.printing.PrintQueueRow;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.staff.Staff;

class PrintQueueViewTest extends ViewTest {

    private static final int DECLINE = 6;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    CardRequestService requests;

    private long requested(String first, String last) {
        Staff person = fixtures.newTeamMember(first, last);
        signInAs(DemoUsers.MANAGER);
        return requests.requestCard(person.getId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.LATER);
    }

    @SuppressWarnings("unchecked")
    private Grid<PrintQueueRow> queue() {
        return (Grid<PrintQueueRow>) find(Grid.class).all().stream()
                .filter(grid ->
                        "Cards waiting to be printed".equals(grid.getAriaLabel().orElse(null)))
                .findFirst()
                .orElseThrow();
    }

    private int rowOf(Grid<PrintQueueRow> grid, long cardId) {
        List<PrintQueueRow> rows = grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cardId() == cardId) {
                return i;
            }
        }
        throw new AssertionError("Card " + cardId + " is not in the queue");
    }

    private void select(Grid<PrintQueueRow> grid, long... cardIds) {
        for (long cardId : cardIds) {
            grid.select(grid.getGenericDataView()
                    .getItems()
                    .filter(row -> row.cardId() == cardId)
                    .findFirst()
                    .orElseThrow());
        }
    }

    @Test
    void recruitmentRecordsTwoCardsPrintedTogether() {
        long first = requested("Aneurin", "Bevan");
        long second = requested("Jennie", "Lee");
        signInAs(DemoUsers.RECRUITER);
        navigate(PrintQueueView.class);
        Grid<PrintQueueRow> grid = queue();
        assertThat(rowOf(grid, first)).isLessThan(rowOf(grid, second));

        select(grid, first, second);
        test(find(Button.class).withText("Record selected as printed").single()).click();
        List<TextField> serials = find(TextField.class).withLabel("Card number").all();
        assertThat(serials).hasSize(2);
        @SuppressWarnings("unchecked")
        List<Select<Site>> sites = find(Select.class).withLabel("Collection site").all().stream()
                .map(select -> (Select<Site>) select)
                .toList();
        assertThat(sites)
                .allSatisfy(site -> assertThat(site.getValue().getName()).isEqualTo(DemoUsers.AINTREE));
        String serialOne = fixtures.uniqueSerial();
        String serialTwo = fixtures.uniqueSerial();
        test(serials.get(0)).setValue(serialOne);
        test(serials.get(1)).setValue(serialTwo);
        test(find(Button.class).withText("Record as printed").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(fixtures.card(first).getStatus()).isEqualTo(CardStatus.PRINTED);
        assertThat(fixtures.card(second).getSerial()).isIn(serialOne, serialTwo);
        assertThat(grid.getGenericDataView().getItems().map(PrintQueueRow::cardId))
                .doesNotContain(first, second);
    }

    @Test
    void aWrongNumberIsShownAgainstItsCardAndNothingIsRecorded() {
        long first = requested("Nye", "Griffiths");
        long second = requested("Barbara", "Castle");
        signInAs(DemoUsers.RECRUITER);
        navigate(PrintQueueView.class);
        select(queue(), first, second);
        test(find(Button.class).withText("Record selected as printed").single()).click();
        List<TextField> serials = find(TextField.class).withLabel("Card number").all();
        test(serials.get(0)).setValue(fixtures.uniqueSerial());
        test(serials.get(1)).setValue("12345678901");

        test(find(Button.class).withText("Record as printed").single()).click();

        assertThat(find(Dialog.class).exists()).isTrue();
        assertThat(serials.get(0).isInvalid()).isFalse();
        assertThat(serials.get(1).isInvalid()).isTrue();
        assertThat(serials.get(1).getErrorMessage()).contains("12 digits");
        assertThat(fixtures.card(first).getStatus()).isEqualTo(CardStatus.REQUESTED);
        assertThat(fixtures.card(second).getStatus()).isEqualTo(CardStatus.REQUESTED);
    }

    @Test
    void recruitmentDeclinesARequestWithAReason() {
        long card = requested("Clement", "Attlee");
        signInAs(DemoUsers.RECRUITER);
        navigate(PrintQueueView.class);
        Grid<PrintQueueRow> grid = queue();

        test(grid).invokeLitRendererFunction(rowOf(grid, card), DECLINE, "decline");
        test(find(Button.class).withText("Decline request").single()).click();
        assertThat(fixtures.card(card).getStatus()).isEqualTo(CardStatus.REQUESTED);

        test(find(TextArea.class).withLabel("Reason").single()).setValue("Duplicate of an earlier request");
        test(find(Button.class).withText("Decline request").single()).click();

        assertThat(fixtures.card(card).getStatus()).isEqualTo(CardStatus.CANCELLED);
        assertThat(find(Dialog.class).exists()).isFalse();
    }

    @Test
    void recruitmentReprintsALostCardFoundByItsNumber() {
        CardFixtures.Starter starter = fixtures.cardInStore("Octavia", "Hill", DemoUsers.ROYAL);
        String serial = fixtures.card(starter.cardId()).getSerial();
        signInAs(DemoUsers.RECRUITER);
        navigate(PrintQueueView.class);

        test(find(TextField.class).withLabel("Find a printed card").single()).setValue(serial);
        @SuppressWarnings("unchecked")
        Grid<IssuedCardRow> issued = find(Grid.class).all().stream()
                .filter(grid -> "Printed cards".equals(grid.getAriaLabel().orElse(null)))
                .findFirst()
                .orElseThrow();
        assertThat(test(issued).size()).isEqualTo(1);
        assertThat(test(issued).getLitRendererPropertyValue(0, 6, "canReprint", Boolean.class))
                .isTrue();
        test(issued).invokeLitRendererFunction(0, 6, "reprint");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CardStatus> what = find(RadioButtonGroup.class).single();
        test(what).selectItem("Lost");
        test(find(TextArea.class).withLabel("Reason").single()).setValue("Lost on the way to the session");
        test(find(Button.class).withText("Reprint card").single()).click();

        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.LOST);
        assertThat(queue().getGenericDataView().getItems().filter(row -> serial.equals(row.replacesSerial())))
                .hasSize(1);
    }

    @Test
    void aManagerCannotOpenThePrintQueue() {
        signInAs(DemoUsers.MANAGER);
        navigate("print-queue", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
