package uk.nhs.smartcardportal.cards.custody.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.custody.CustodyRow;
import uk.nhs.smartcardportal.dev.DemoUsers;

/** Printed cards received into the store: in one go from scanned numbers, or one at a time from its history. */
class ReceiveCardsViewTest extends ViewTest {

    @Autowired
    CardFixtures fixtures;

    @Test
    @SuppressWarnings("unchecked")
    void scannedCardsAreSortedAndTheExpectedOnesReceived() {
        CardFixtures.Starter starter = fixtures.cardPrinted("Receive", "Viewer", DemoUsers.AINTREE);
        String serial = fixtures.card(starter.cardId()).getSerial();
        signInAs(DemoUsers.ADMIN);
        navigate(ReceiveCardsView.class);
        Grid<CustodyRow> waiting = find(Grid.class).single();
        assertThat(test(waiting).size()).isPositive();

        test(find(TextArea.class).withLabel("Card numbers").single()).setValue(serial + "\n999999999997\n1234");
        test(find(Button.class).withText("Check the cards").single()).click();

        assertThat(find(H2.class).all())
                .extracting(H2::getText)
                .contains("Expected: 1", "Not recorded as printed yet: 1", "Not card numbers: 1");
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText).contains("999999999997", "1234");
        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.PRINTED);

        test(find(Button.class).withText("Receive 1 card into the store").single())
                .click();

        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.IN_STORE);
        assertThat(find(TextArea.class).single().getValue()).isEmpty();
        assertThat(find(H2.class).all()).extracting(H2::getText).doesNotContain("Expected: 1");
    }

    @Test
    void nothingEnteredIsRefusedOnTheBoxItself() {
        signInAs(DemoUsers.ADMIN);
        navigate(ReceiveCardsView.class);

        test(find(Button.class).withText("Check the cards").single()).click();

        TextArea box = find(TextArea.class).single();
        assertThat(box.isInvalid()).isTrue();
        assertThat(box.getErrorMessage()).isEqualTo("Scan or type at least one card number.");
    }

    @Test
    void whereIsACardReceivesASinglePrintedCard() {
        CardFixtures.Starter starter = fixtures.cardPrinted("Single", "Receiver", DemoUsers.ROYAL);
        String serial = fixtures.card(starter.cardId()).getSerial();
        signInAs(DemoUsers.ADMIN);
        navigate(FindCardView.class);
        test(find(TextField.class).single()).setValue(serial);
        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .contains("Now: With Recruitment, on its way to the store · " + CardStatus.PRINTED.label());

        test(find(Button.class).withText("Receive into the store").single()).click();

        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.IN_STORE);
        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .contains("Now: " + DemoUsers.STORE + " · " + CardStatus.IN_STORE.label());
        assertThat(find(Button.class).withText("Receive into the store").all()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void cardsInCustodyReceiveAPrintedCard() {
        CardFixtures.Starter starter = fixtures.cardPrinted("Custody", "Receiver", DemoUsers.ROYAL);
        String serial = fixtures.card(starter.cardId()).getSerial();
        signInAs(DemoUsers.ADMIN);
        navigate(CardsInCustodyView.class);
        test(find(TextField.class).withLabel("Card, name or employee number").single())
                .setValue(serial);
        Grid<CustodyRow> grid = find(Grid.class).single();
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("With Recruitment, on its way to the store");

        test(grid).invokeLitRendererFunction(0, 6, "receive");

        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.IN_STORE);
        assertThat(test(grid).getCellText(0, 3)).isEqualTo(DemoUsers.STORE);
    }
}
