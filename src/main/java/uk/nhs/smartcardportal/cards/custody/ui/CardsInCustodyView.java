package uk.nhs.smartcardportal.cards.custody.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.ui.GridDates;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.base.ui.PageLayout;
import uk.nhs.smartcardportal.base.ui.ReasonDialog;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.custody.CardReceiptService;
import uk.nhs.smartcardportal.cards.custody.CustodyFilter;
import uk.nhs.smartcardportal.cards.custody.CustodyRow;
import uk.nhs.smartcardportal.cards.custody.CustodyService;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteService;

/** Every printed card the team holds, by location and status, with its age; old ones flagged; CSV export. */
@Route("custody")
@PageTitle("Cards in custody · Smartcard Portal")
@InMenuGroup(MenuGroup.CARDS)
@Menu(title = "Cards in custody", order = 47, icon = "vaadin:archive")
@RolesAllowed(Roles.WORKFORCE)
class CardsInCustodyView extends Main {

    private final CustodyService custody;
    private final Clock clock;
    private final Grid<CustodyRow> grid = new Grid<>();
    private final Select<Site> site = new Select<>();
    private final Select<CardStatus> status = new Select<>();
    private final Select<Integer> age = new Select<>();
    private final TextField text = new TextField("Card, name or employee number");

    CardsInCustodyView(CustodyService custody, CardReceiptService receipt, SiteService sites, Clock clock) {
        this.custody = custody;
        this.clock = clock;
        addClassName("portal-page");
        site.setLabel("Where");
        site.setItems(sites.activeLocations());
        site.setItemLabelGenerator(value -> value == null ? "Anywhere" : value.getName());
        site.setEmptySelectionAllowed(true);
        site.setEmptySelectionCaption("Anywhere");
        status.setLabel("Status");
        status.setItems(
                CardStatus.PRINTED,
                CardStatus.IN_STORE,
                CardStatus.ALLOCATED,
                CardStatus.AT_SESSION,
                CardStatus.NOT_COLLECTED,
                CardStatus.CANCELLED);
        status.setItemLabelGenerator(value -> value == null ? "Any status" : value.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        age.setLabel("Printed");
        age.setItems(30, 60, 90);
        age.setItemLabelGenerator(days -> days == null ? "Any time" : "Over " + days + " days ago");
        age.setEmptySelectionAllowed(true);
        age.setEmptySelectionCaption("Any time");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        site.addValueChangeListener(event -> refresh());
        status.addValueChangeListener(event -> refresh());
        age.addValueChangeListener(event -> refresh());
        text.addValueChangeListener(event -> refresh());
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = custody.inCustodyCsv(filter());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "cards-in-custody.csv", "text/csv", bytes.length);
                }),
                "Download CSV");
        csv.setDownload(true);
        FlexLayout filters = new FlexLayout(site, status, age, text, csv);
        filters.addClassName("portal-filters");

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CustodyRow::serial).setHeader("Card number").setAutoWidth(true);
        grid.addColumn(CustodyRow::fullName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setFlexGrow(2);
        grid.addColumn(CustodyRow::location).setHeader("Where").setFlexGrow(2);
        GridDates.date(grid, CustodyRow::printedAt, "Printed");
        grid.addColumn(row -> Duration.between(row.printedAt(), clock.instant()).toDays())
                .setHeader("Days")
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<CustodyRow>of("<span class=\"${item.css}\">${item.flag}</span>"
                                + "<vaadin-button ?hidden=\"${!item.receivable}\" aria-label=\"Receive card ${item.serial} into the "
                                + "store\" @click=\"${receive}\">Receive</vaadin-button>"
                                + "<vaadin-button ?hidden=\"${!item.destroyable}\" aria-label=\"Destroy card ${item.serial}\" "
                                + "@click=\"${destroy}\">Destroy</vaadin-button>")
                        .withProperty("receivable", row -> row.status() == CardStatus.PRINTED)
                        .withFunction("receive", row -> {
                            if (Feedback.attempt(
                                    () -> receipt.receiveOne(row.cardId(), row.cardVersion()),
                                    "Card " + row.serial() + " received into the store.")) {
                                refresh();
                            }
                        })
                        .withProperty("flag", row -> custody.needsFollowUp(row) ? "Follow up" : "")
                        .withProperty("css", row -> custody.needsFollowUp(row) ? "stock-low" : "")
                        .withProperty("serial", CustodyRow::serial)
                        .withProperty("destroyable", row -> row.status().canMoveTo(CardStatus.DESTROYED))
                        .withFunction(
                                "destroy",
                                row -> new ReasonDialog(
                                                "Destroy card " + row.serial(),
                                                "The card is shredded and can never be handed over. Your name and reason are kept.",
                                                "Destroy card",
                                                "Card recorded as destroyed.",
                                                reason -> custody.destroy(row.cardId(), row.cardVersion(), reason),
                                                this::refresh)
                                        .open()))
                .setHeader("Action")
                .setAutoWidth(true);
        grid.setItemsPageable(
                pageable -> custody.inCustody(filter(), pageable), pageable -> (int) custody.countInCustody(filter()));
        grid.setAriaLabel("Cards in custody");
        grid.setEmptyStateText("No printed cards match.");
        add(
                new H1("Cards in custody"),
                new Paragraph("Cards waiting more than " + custody.followUpDays()
                        + " days since printing are flagged to follow up, or to destroy."),
                filters,
                grid);
        PageLayout.fillWithGrid(this, grid);
    }

    private CustodyFilter filter() {
        return new CustodyFilter(
                site.getValue() == null ? null : site.getValue().getId(),
                status.getValue(),
                age.getValue(),
                text.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
