package uk.nhs.smartcardportal.cards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.IssuedCardRow;
import uk.nhs.smartcardportal.cards.PrintQueueService;

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
        search.setMaxLength(100);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(24rem, 100%)");
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        grid.addColumn(IssuedCardRow::serial).setHeader("Card number").setAutoWidth(true);
        grid.addColumn(IssuedCardRow::fullName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(IssuedCardRow::employeeNumber).setHeader("Employee number").setAutoWidth(true);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(row -> row.collectionSite() == null ? "" : row.collectionSite()).setHeader("Collection site")
                .setAutoWidth(true);
        grid.addColumn(row -> UkTime.date(row.statusChangedAt())).setHeader("Since").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Put right").setAutoWidth(true);
        grid.setItemsPageable(pageable -> printQueue.issued(search.getValue(), pageable),
                pageable -> (int) printQueue.countIssued(search.getValue()));
        grid.setAriaLabel("Printed cards");
        grid.setEmptyStateText("No printed card matches.");
        add(search, grid);
    }

    private Component actions(IssuedCardRow row) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("grid-actions");
        if (row.canCancel()) {
            Button cancel = new Button("Cancel", event -> new ReasonDialog("Cancel card " + row.serial(),
                    "The card will not be handed over. It stays where it is until it is destroyed.", "Cancel card",
                    "Card cancelled.", reason -> printQueue.cancel(row.cardId(), row.cardVersion(), reason),
                    this::changed).open());
            cancel.getElement().setAttribute("aria-label", "Cancel card " + row.serial() + " of " + row.fullName());
            actions.add(cancel);
        }
        if (row.canReprint()) {
            Button reprint = new Button("Reprint", event -> new ReprintDialog(row, printQueue, this::changed).open());
            reprint.getElement().setAttribute("aria-label", "Reprint card " + row.serial() + " of "
                    + row.fullName());
            actions.add(reprint);
        }
        return actions;
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        queueChanged.run();
    }
}
