package uk.nhs.smartcardportal.cards.custody.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import uk.nhs.smartcardportal.cards.custody.IntakeCard;
import uk.nhs.smartcardportal.cards.custody.UnknownSerial;

/** The lists shown after card numbers are scanned: cards found, numbers with a reason, plain numbers. */
final class ScannedCardGrids {

    private ScannedCardGrids() {}

    static Grid<IntakeCard> cards(List<IntakeCard> cards, String label) {
        Grid<IntakeCard> grid = new Grid<>();
        grid.addColumn(IntakeCard::serial)
                .setHeader("Card number")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(IntakeCard::holderName).setHeader("Name").setFlexGrow(1);
        grid.addColumn(IntakeCard::employeeNumber)
                .setHeader("Employee number")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(cards);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(label);
        return grid;
    }

    static Grid<UnknownSerial> reasons(List<UnknownSerial> entries, String label) {
        Grid<UnknownSerial> grid = new Grid<>();
        grid.addColumn(UnknownSerial::entered)
                .setHeader("Entered")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(UnknownSerial::reason).setHeader("Why").setFlexGrow(1);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(label);
        return grid;
    }

    static UnorderedList numbers(List<String> entered, String label) {
        UnorderedList list = new UnorderedList();
        list.addClassName("scanned-numbers");
        list.getElement().setAttribute("aria-label", label);
        entered.forEach(number -> list.add(new ListItem(number)));
        return list;
    }
}
