package uk.nhs.smartcardportal.stock.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.base.ui.PageLayout;
import uk.nhs.smartcardportal.base.web.PageAddresses;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteService;
import uk.nhs.smartcardportal.stock.MovementKind;
import uk.nhs.smartcardportal.stock.StockItem;
import uk.nhs.smartcardportal.stock.StockLevel;
import uk.nhs.smartcardportal.stock.StockService;

/** Consumable stock per item and location, from the ledger: record movements, transfers and reorder levels. */
@Route(PageAddresses.STOCK)
@PageTitle("Stock · Smartcard Portal")
@InMenuGroup(MenuGroup.STOCK)
@Menu(title = "Stock", order = 50, icon = "vaadin:stock")
@RolesAllowed(Roles.WORKFORCE)
class StockView extends Main {

    private final StockService stock;
    private final List<Site> locations;
    private final Grid<StockLevel> grid = new Grid<>();

    StockView(StockService stock, SiteService sites) {
        this.stock = stock;
        this.locations = sites.activeLocations();
        addClassName("portal-page");
        Button record =
                new Button("Record a movement", event -> movementDialog().open());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout actions = new FlexLayout(
                record,
                new Button("Transfer", event -> transferDialog().open()),
                new Button("Reorder level", event -> reorderDialog().open()),
                new Button("New item", event -> itemDialog().open()));
        actions.addClassName("portal-actions");

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(StockLevel::itemName).setHeader("Item").setFlexGrow(2);
        grid.addColumn(StockLevel::siteName).setHeader("Location").setFlexGrow(2);
        grid.addColumn(level -> level.level() + " " + level.unit())
                .setHeader("In stock")
                .setAutoWidth(true);
        grid.addColumn(level ->
                        level.reorderLevel() == null ? "" : level.reorderLevel().toString())
                .setHeader("Reorder at")
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<StockLevel>of("<span class=\"${item.css}\">${item.state}</span>")
                        .withProperty("state", level -> level.belowReorderLevel() ? "Reorder now" : "")
                        .withProperty("css", level -> level.belowReorderLevel() ? "stock-low" : ""))
                .setHeader("Alert")
                .setAutoWidth(true);
        grid.setAriaLabel("Stock levels");
        grid.setEmptyStateText("No stock recorded yet. Record what you have received.");
        add(
                new H1("Stock"),
                new Paragraph("Levels come from the ledger of movements. Printing a card takes one "
                        + "blank smartcard from " + stock.printingSite().getName() + " automatically."),
                actions,
                grid);
        PageLayout.fillWithGrid(this, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(stock.levels());
    }

    private Select<StockItem> itemSelect() {
        Select<StockItem> item = new Select<>();
        item.setLabel("Item");
        item.setItems(stock.items());
        item.setItemLabelGenerator(value -> value == null ? "" : value.getName());
        return item;
    }

    private Select<Site> locationSelect(String label) {
        Select<Site> site = new Select<>();
        site.setLabel(label);
        site.setItems(locations);
        site.setItemLabelGenerator(value -> value == null ? "" : value.getName());
        return site;
    }

    private Dialog movementDialog() {
        Select<StockItem> item = itemSelect();
        Select<Site> site = locationSelect("Location");
        Select<MovementKind> kind = new Select<>();
        kind.setLabel("What happened");
        kind.setItems(
                EnumSet.of(MovementKind.RECEIVED, MovementKind.USED, MovementKind.SPOILED, MovementKind.ADJUSTED));
        kind.setItemLabelGenerator(value -> value == null ? "" : value.label());
        kind.setValue(MovementKind.RECEIVED);
        IntegerField quantity = new IntegerField("Quantity");
        quantity.setHelperText("For an adjustment, a negative number takes stock away");
        TextField note = new TextField("Note");
        return dialog(
                "Record a movement",
                new FormLayout(item, site, kind, quantity, note),
                new FormErrors()
                        .on(StockService.ITEM, item)
                        .on(StockService.LOCATION, site)
                        .on(StockService.KIND, kind)
                        .on(StockService.QUANTITY, quantity)
                        .on(StockService.NOTE, note),
                "Record",
                () -> stock.record(
                        id(item.getValue()),
                        id(site.getValue()),
                        kind.getValue(),
                        quantity.getValue() == null ? 0 : quantity.getValue(),
                        note.getValue()),
                "Recorded.");
    }

    private Dialog transferDialog() {
        Select<StockItem> item = itemSelect();
        Select<Site> from = locationSelect("From");
        Select<Site> to = locationSelect("To");
        IntegerField quantity = new IntegerField("Quantity");
        TextField note = new TextField("Note");
        return dialog(
                "Transfer stock",
                new FormLayout(item, from, to, quantity, note),
                new FormErrors()
                        .on(StockService.ITEM, item)
                        .on(StockService.FROM, from)
                        .on(StockService.TO, to)
                        .on(StockService.QUANTITY, quantity)
                        .on(StockService.NOTE, note),
                "Transfer",
                () -> stock.transfer(
                        id(item.getValue()),
                        id(from.getValue()),
                        id(to.getValue()),
                        quantity.getValue() == null ? 0 : quantity.getValue(),
                        note.getValue()),
                "Transferred.");
    }

    private Dialog reorderDialog() {
        Select<StockItem> item = itemSelect();
        Select<Site> site = locationSelect("Location");
        IntegerField level = new IntegerField("Reorder when below");
        level.setHelperText("Leave empty for no alert");
        return dialog(
                "Reorder level",
                new FormLayout(item, site, level),
                new FormErrors()
                        .on(StockService.ITEM, item)
                        .on(StockService.LOCATION, site)
                        .on(StockService.REORDER_LEVEL, level),
                "Save",
                () -> stock.setReorderLevel(id(item.getValue()), id(site.getValue()), level.getValue()),
                "Saved.");
    }

    private Dialog itemDialog() {
        TextField name = new TextField("Name");
        TextField unit = new TextField("Counted in");
        unit.setPlaceholder("e.g. cards, boxes");
        return dialog(
                "New stock item",
                new FormLayout(name, unit),
                new FormErrors().on(StockService.NAME, name).on(StockService.UNIT, unit),
                "Add item",
                () -> stock.addItem(name.getValue(), unit.getValue()),
                "Item added.");
    }

    /** An id, or -1 for nothing chosen, which the service reports as "not found". */
    private static long id(uk.nhs.smartcardportal.base.AbstractEntity entity) {
        return entity == null ? -1 : entity.getId();
    }

    private Dialog dialog(
            String title, FormLayout form, FormErrors errors, String action, Runnable save, String success) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(form);
        Button confirm = new Button(action);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(event -> {
            if (errors.attempt(confirm, save, success)) {
                dialog.close();
                refresh();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Back", event -> dialog.close()), confirm);
        return dialog;
    }
}
