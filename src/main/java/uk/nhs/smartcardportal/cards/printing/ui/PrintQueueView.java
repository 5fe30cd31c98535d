package uk.nhs.smartcardportal.cards.printing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.GridDates;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.base.ui.ReasonDialog;
import uk.nhs.smartcardportal.base.ui.UkDatePickers;
import uk.nhs.smartcardportal.cards.printing.PrintQueueFilter;
import uk.nhs.smartcardportal.cards.printing.PrintQueueRow;
import uk.nhs.smartcardportal.cards.printing.PrintQueueService;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteService;

/** Recruitment's print queue: cards asked for and not yet printed, oldest first; and printed cards to put right. */
@Route("print-queue")
@PageTitle("Print queue · Smartcard Portal")
@InMenuGroup(MenuGroup.CARDS)
@Menu(title = "Print queue", order = 30, icon = "vaadin:print")
@RolesAllowed({Roles.RECRUITMENT, Roles.WORKFORCE})
class PrintQueueView extends Main {

    private final PrintQueueService printQueue;
    private final List<Site> sites;
    private final Grid<PrintQueueRow> grid = new Grid<>();
    private final DatePicker startFrom = UkDatePickers.create("Starting from");
    private final DatePicker startTo = UkDatePickers.create("Starting by");
    private final Select<Site> site = new Select<>();
    private final TextField person = new TextField("Person");
    private final Button printSelected = new Button("Record selected as printed");

    PrintQueueView(PrintQueueService printQueue, SiteService siteService) {
        this.printQueue = printQueue;
        this.sites = siteService.activeCollectionSites();
        addClassName("portal-page");
        add(
                new H1("Print queue"),
                new Paragraph("Cards waiting to be printed, oldest request first. Choose the "
                        + "cards you have printed, then record their numbers together."));

        site.setLabel("Base site");
        site.setItems(sites);
        site.setItemLabelGenerator(value -> value == null ? "Any site" : value.getName());
        site.setEmptySelectionAllowed(true);
        site.setEmptySelectionCaption("Any site");
        startFrom.addValueChangeListener(event -> refresh());
        startTo.addValueChangeListener(event -> refresh());
        site.addValueChangeListener(event -> refresh());
        person.setId("print-queue-person");
        person.setPlaceholder("Name or employee number");
        person.setClearButtonVisible(true);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.addValueChangeListener(event -> refresh());
        FlexLayout filters = new FlexLayout(startFrom, startTo, site, person);
        filters.addClassName("portal-filters");
        add(filters);

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridDates.date(grid, PrintQueueRow::requestedAt, "Asked");
        grid.addColumn(PrintQueueRow::fullName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(PrintQueueRow::employeeNumber)
                .setHeader("Employee number")
                .setAutoWidth(true);
        grid.addColumn(row -> row.startDate() == null ? "" : UkTime.DATE.format(row.startDate()))
                .setHeader("Start date")
                .setAutoWidth(true);
        grid.addColumn(row -> row.baseSite() == null ? "" : row.baseSite())
                .setHeader("Base site")
                .setFlexGrow(2);
        grid.addColumn(PrintQueueView::reason).setHeader("Reason").setFlexGrow(3);
        grid.addColumn(LitRenderer.<PrintQueueRow>of("<vaadin-button aria-label=\"${item.label}\" "
                                + "@click=\"${decline}\">Decline</vaadin-button>")
                        .withProperty("label", row -> "Decline the request for " + row.fullName())
                        .withFunction("decline", this::decline))
                .setHeader("Decline")
                .setAutoWidth(true);
        grid.setItemsPageable(
                pageable -> printQueue.queue(filter(), pageable), pageable -> (int) printQueue.count(filter()));
        grid.setAriaLabel("Cards waiting to be printed");
        grid.setEmptyStateText("Nothing is waiting to be printed.");
        grid.addSelectionListener(
                event -> printSelected.setEnabled(!event.getAllSelectedItems().isEmpty()));

        printSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        printSelected.setEnabled(false);
        printSelected.addClickListener(event -> {
            List<PrintQueueRow> chosen = List.copyOf(grid.getSelectedItems());
            if (chosen.size() > PrintQueueService.BATCH_MAX) {
                uk.nhs.smartcardportal.base.ui.Feedback.problem(
                        "Choose at most " + PrintQueueService.BATCH_MAX + " cards at a time.");
                return;
            }
            new PrintBatchDialog(chosen, sites, printQueue, this::refresh).open();
        });
        add(printSelected, grid, new H2("Printed cards"), new IssuedCardsPanel(printQueue, this::refresh));
    }

    private static String reason(PrintQueueRow row) {
        String reason =
                row.reasonText() == null ? row.reason().label() : row.reason().label() + ": " + row.reasonText();
        return row.replacesSerial() == null ? reason : "Reprint of " + row.replacesSerial() + ". " + reason;
    }

    private PrintQueueFilter filter() {
        return new PrintQueueFilter(
                startFrom.getValue(),
                startTo.getValue(),
                site.getValue() == null ? null : site.getValue().getId(),
                person.getValue());
    }

    private void decline(PrintQueueRow row) {
        new ReasonDialog(
                        "Decline the request for " + row.fullName(),
                        "No card will be printed. The person who " + "asked is told, with your reason.",
                        "Decline request",
                        "Request declined.",
                        reason -> printQueue.decline(row.cardId(), row.cardVersion(), reason),
                        this::refresh)
                .open();
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }
}
