package uk.nhs.smartcardportal.stock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;
import uk.nhs.smartcardportal.stock.MovementKind;
import uk.nhs.smartcardportal.stock.StockLevel;
import uk.nhs.smartcardportal.stock.StockService;

class StockViewTest extends ViewTest {

    @Autowired
    StockService stock;

    @SuppressWarnings("unchecked")
    private void recordMovement(String itemName, MovementKind kind, int quantity) {
        test(find(Button.class).withText("Record a movement").single()).click();
        test((Select<Object>) find(Select.class).withLabel("Item").single()).selectItem(itemName);
        test((Select<Object>) find(Select.class).withLabel("Location").single()).selectItem(DemoUsers.BROADGREEN);
        test((Select<Object>) find(Select.class).withLabel("What happened").single())
                .selectItem(kind.label());
        test(find(IntegerField.class).withLabel("Quantity").single()).setValue(quantity);
        test(find(Button.class).withText("Record").single()).click();
    }

    @Test
    @SuppressWarnings("unchecked")
    void workforceRecordsADeliveryAndCannotTakeAwayMoreThanThereIs() {
        signInAs(DemoUsers.ADMIN);
        String itemName = "Card readers " + System.nanoTime() % 1_000_000;
        stock.addItem(itemName, "readers");
        navigate(StockView.class);

        recordMovement(itemName, MovementKind.RECEIVED, 12);
        Grid<StockLevel> grid = find(Grid.class).single();
        assertThat(grid.getGenericDataView()
                        .getItems()
                        .filter(level -> level.itemName().equals(itemName)))
                .singleElement()
                .satisfies(level -> {
                    assertThat(level.level()).isEqualTo(12);
                    assertThat(level.siteName()).isEqualTo(DemoUsers.BROADGREEN);
                });

        recordMovement(itemName, MovementKind.USED, 13);
        assertThat(find(Dialog.class).exists()).isTrue();
        assertThat(stock.levels().stream()
                        .filter(level -> level.itemName().equals(itemName))
                        .mapToLong(StockLevel::level)
                        .sum())
                .isEqualTo(12);
    }

    @Test
    void recruitmentCannotSeeStock() {
        signInAs(DemoUsers.RECRUITER);
        navigate("stock", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
