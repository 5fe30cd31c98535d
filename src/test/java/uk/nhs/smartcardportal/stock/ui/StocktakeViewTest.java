package uk.nhs.smartcardportal.stock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.stock.MovementKind;
import uk.nhs.smartcardportal.stock.StockService;

class StocktakeViewTest extends ViewTest {

    @Autowired
    StockService stock;

    @Test
    @SuppressWarnings("unchecked")
    void aCountDifferentFromTheLedgerIsAdjusted() {
        signInAs(DemoUsers.ADMIN);
        String name = "Stocktake lanyards " + System.nanoTime() % 100_000;
        long item = stock.addItem(name, "lanyards");
        long site = stock.printingSite().getId();
        stock.record(item, site, MovementKind.RECEIVED, 20, null);
        navigate(StocktakeView.class);

        test((Select<Object>) find(Select.class).withLabel("Location").single()).selectItem(DemoUsers.STORE);
        test(find(IntegerField.class).withLabel(name + " (lanyards)").single()).setValue(18);
        test(find(Button.class).withText("Record the consumables count").single())
                .click();

        assertThat(find(ListItem.class).all())
                .extracting(ListItem::getText)
                .contains(name + ": counted 18, the ledger expected 20; adjusted by -2.");
        assertThat(stock.levels().stream()
                        .filter(level -> level.itemId() == item)
                        .findFirst()
                        .orElseThrow()
                        .level())
                .isEqualTo(18);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMissingLocationAndAnImpossibleCountAreShownOnTheirFields() {
        signInAs(DemoUsers.ADMIN);
        String name = "Stocktake badges " + System.nanoTime() % 100_000;
        stock.addItem(name, "badges");
        navigate(StocktakeView.class);
        Select<Object> location = find(Select.class).withLabel("Location").single();
        IntegerField count =
                find(IntegerField.class).withLabel(name + " (badges)").single();

        test(find(Button.class).withText("Record the consumables count").single())
                .click();
        assertThat(location.isInvalid()).isTrue();
        assertThat(location.getErrorMessage()).isEqualTo("Choose the location you counted.");

        test(location).selectItem(DemoUsers.STORE);
        count.setValue(-3);
        test(find(Button.class).withText("Record the consumables count").single())
                .click();
        assertThat(location.isInvalid()).isFalse();
        assertThat(count.isInvalid()).isTrue();
        assertThat(count.getErrorMessage()).isEqualTo("A count is 0 to 100000.");
    }
}
