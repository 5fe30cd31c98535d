package uk.nhs.smartcardportal.cards.printing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import uk.nhs.smartcardportal.base.ui.GridDates;
import uk.nhs.smartcardportal.base.ui.ReasonDialog;
import uk.nhs.smartcardportal.cards.IssuedCardRow;
import uk.nhs.smartcardportal.cards.printing.PrintQueueService;

/** Printed cards found by number or person, to cancel one or reprint a lost or damaged one. */
class IssuedCardsPanel extends Div {

    private final PrintQueueService printQueue;
    private final Runnable queueChanged;
    private final Grid<IssuedCardRow> grid = new Grid<>();
    private final TextField search = new TextField("Find a printed card");

    IssuedCardsPanel(PrintQueueService printQueue, Runnable queueChanged) {
        this.printQueue = printQueue;
        this.queueChanged = queueChanged;
        search.setPlaceholder("Card number, name or employee number");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(24rem, 100%)");
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        grid.addColumn(IssuedCardRow::serial).setHeader("Card number").setAutoWidth(true);
        grid.addColumn(IssuedCardRow::fullName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(IssuedCardRow::employeeNumber)
                .setHeader("Employee number")
                .setAutoWidth(true);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(row -> row.collectionSite() == null ? "" : row.collectionSite())
                .setHeader("Collection site")
                .setAutoWidth(true);
        GridDates.date(grid, IssuedCardRow::statusChangedAt, "Since");
        grid.addColumn(LitRenderer.<IssuedCardRow>of("<div class=\"grid-actions\">"
                                + "<vaadin-button ?hidden=\"${!item.canCancel}\" aria-label=\"Cancel card ${item.serial} of "
                                + "${item.name}\" @click=\"${cancel}\">Cancel</vaadin-button>"
                                + "<vaadin-button ?hidden=\"${!item.canReprint}\" aria-label=\"Reprint card ${item.serial} of "
                                + "${item.name}\" @click=\"${reprint}\">Reprint</vaadin-button></div>")
                        .withProperty("serial", IssuedCardRow::serial)
                        .withProperty("name", IssuedCardRow::fullName)
                        .withProperty("canCancel", IssuedCardRow::canCancel)
                        .withProperty("canReprint", IssuedCardRow::canReprint)
                        .withFunction("cancel", this::cancel)
                        .withFunction("reprint", row -> new ReprintDialog(row, printQueue, this::changed).open()))
                .setHeader("Put right")
                .setAutoWidth(true);
        // Every card ever printed: no exact count (it would cost a scan); the grid loads more as people scroll.
        grid.setItemsPageable(pageable -> printQueue.issued(search.getValue(), pageable));
        grid.setAriaLabel("Printed cards");
        grid.setEmptyStateText("No printed card matches.");
        add(search, grid);
    }

    private void cancel(IssuedCardRow row) {
        new ReasonDialog(
                        "Cancel card " + row.serial(),
                        "The card will not be handed over. It stays where it is " + "until it is destroyed.",
                        "Cancel card",
                        "Card cancelled.",
                        reason -> printQueue.cancel(row.cardId(), row.cardVersion(), reason),
                        this::changed)
                .open();
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        queueChanged.run();
    }
}
