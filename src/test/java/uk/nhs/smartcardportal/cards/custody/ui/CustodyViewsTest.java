package uk.nhs.smartcardportal.cards.custody.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;

class CustodyViewsTest extends ViewTest {

    @Autowired
    CardFixtures fixtures;

    @Test
    void theIntakeMovesTheScannedCardsToTheStore() {
        CardFixtures.Starter starter = fixtures.cardAtGeneralOffice("Intake", "Viewer");
        String serial = fixtures.card(starter.cardId()).getSerial();
        signInAs(DemoUsers.ADMIN);
        navigate(GeneralOfficeIntakeView.class);

        test(find(TextArea.class).withLabel("Card numbers").single()).setValue(serial + "\n123");
        test(find(Button.class).withText("Check against the records").single()).click();
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Found: 1", "Unknown: 1");
        test(find(Button.class).withText("Move 1 card to the store").single()).click();

        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.IN_STORE);
        assertThat(find(Grid.class).all()).isEmpty();
    }

    @Test
    void oneSearchShowsWhereACardIsAndItsHistory() {
        CardFixtures.Starter starter = fixtures.cardInStore("Custody", "Finder", DemoUsers.AINTREE);
        String serial = fixtures.card(starter.cardId()).getSerial();
        signInAs(DemoUsers.ADMIN);
        navigate(FindCardView.class);

        test(find(TextField.class).single()).setValue(serial);

        assertThat(find(H2.class).single().getText())
                .isEqualTo("Card " + serial + ": Custody Finder ("
                        + staffRepository
                                .findById(starter.staffId())
                                .orElseThrow()
                                .getEmployeeNumber() + ")");
        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .contains("Now: " + DemoUsers.STORE + " · " + CardStatus.IN_STORE.label());
        assertThat(test(find(Grid.class).single()).size()).isEqualTo(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void cardsInCustodyAreListedAndOneIsDestroyedWithAReason() {
        CardFixtures.Starter starter = fixtures.cardInStore("Custody", "Lister", DemoUsers.ROYAL);
        String serial = fixtures.card(starter.cardId()).getSerial();
        signInAs(DemoUsers.ADMIN);
        navigate(CardsInCustodyView.class);

        test(find(TextField.class).withLabel("Card, name or employee number").single())
                .setValue(serial);
        Grid<uk.nhs.smartcardportal.cards.custody.CustodyRow> grid =
                find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 3)).isEqualTo(DemoUsers.STORE);

        test(grid).invokeLitRendererFunction(0, 6, "destroy");
        test(find(TextArea.class).withLabel("Reason").single()).setValue("Left the trust before starting");
        test(find(Button.class).withText("Destroy card").single()).click();

        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.DESTROYED);
        assertThat(test(grid).size()).isZero();
    }

    @Test
    void aManagerCannotLookCardsUp() {
        signInAs(DemoUsers.MANAGER);
        navigate("find-card", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
