package uk.nhs.smartcardportal.cards.sitechange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.base.ui.GridDates;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.base.ui.PageLayout;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeFilter;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeService;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeStatus;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeSummary;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteService;

/** The Workforce Systems Team's queue of site change requests, oldest first, to approve or decline. */
@Route("site-changes")
@PageTitle("Site change requests · Smartcard Portal")
@InMenuGroup(MenuGroup.CARDS)
@Menu(title = "Site change requests", order = 40, icon = "vaadin:exchange")
@RolesAllowed(Roles.WORKFORCE)
class SiteChangeQueueView extends Main {

    private final SiteChangeService siteChanges;
    private final Grid<SiteChangeSummary> grid = new Grid<>();
    private final Select<SiteChangeStatus> status = new Select<>();
    private final Select<Site> site = new Select<>();
    private final TextField person = new TextField("Person");

    SiteChangeQueueView(SiteChangeService siteChanges, SiteService sites) {
        this.siteChanges = siteChanges;
        addClassName("portal-page");
        add(new H1("Site change requests"));

        status.setLabel("Status");
        status.setItems(SiteChangeStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "Any status" : value.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setValue(SiteChangeStatus.PENDING);
        site.setLabel("Site");
        site.setItems(sites.activeCollectionSites());
        site.setItemLabelGenerator(value -> value == null ? "Any site" : value.getName());
        site.setEmptySelectionAllowed(true);
        site.setEmptySelectionCaption("Any site");
        person.setPlaceholder("Name or employee number");
        person.setClearButtonVisible(true);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        status.addValueChangeListener(event -> refresh());
        site.addValueChangeListener(event -> refresh());
        person.addValueChangeListener(event -> refresh());
        FlexLayout filters = new FlexLayout(status, site, person);
        filters.addClassName("portal-filters");
        add(filters);

        GridDates.dateTime(grid, SiteChangeSummary::requestedAt, "Asked");
        grid.addColumn(SiteChangeSummary::staffName).setHeader("Person").setAutoWidth(true);
        grid.addColumn(SiteChangeSummary::employeeNumber)
                .setHeader("Employee number")
                .setAutoWidth(true);
        grid.addColumn(SiteChangeSummary::fromSite).setHeader("From").setAutoWidth(true);
        grid.addColumn(SiteChangeSummary::toSite).setHeader("To").setAutoWidth(true);
        grid.addColumn(change -> change.reason() == null ? "" : change.reason())
                .setHeader("Reason")
                .setFlexGrow(1);
        grid.addColumn(change -> change.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(LitRenderer.<SiteChangeSummary>of(
                                "<vaadin-button ?disabled=\"${!item.pending}\" "
                                        + "aria-label=\"Decide the request from ${item.name}\" @click=\"${decide}\">Decide</vaadin-button>")
                        .withProperty("pending", change -> change.status() == SiteChangeStatus.PENDING)
                        .withProperty("name", SiteChangeSummary::staffName)
                        .withFunction("decide", this::openDecision))
                .setHeader("Decide")
                .setAutoWidth(true);
        grid.setItemsPageable(
                pageable -> siteChanges.queue(filter(), pageable), pageable -> (int) siteChanges.count(filter()));
        grid.setAriaLabel("Site change requests");
        add(grid);
        PageLayout.fillWithGrid(this, grid);
    }

    private SiteChangeFilter filter() {
        return new SiteChangeFilter(
                status.getValue(),
                site.getValue() == null ? null : site.getValue().getId(),
                person.getValue());
    }

    private void openDecision(SiteChangeSummary change) {
        if (change.status() != SiteChangeStatus.PENDING) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Site change for " + change.staffName());
        TextArea note = new TextArea("Note to the person (needed when you decline)");
        note.setWidthFull();
        FormErrors errors = new FormErrors().otherwiseOn(note);
        dialog.add(
                new Paragraph("From " + change.fromSite() + " to " + change.toSite()
                        + (change.reason() == null ? "." : ". Reason: " + change.reason())),
                note);
        Button approve = new Button("Approve");
        approve.setDisableOnClick(true);
        approve.addClickListener(event -> {
            if (errors.attempt(
                    approve,
                    () -> siteChanges.approve(change.id(), change.version(), note.getValue()),
                    "Approved: the card will go to " + change.toSite() + ".")) {
                dialog.close();
                refresh();
            }
        });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button("Decline");
        decline.setDisableOnClick(true);
        decline.addClickListener(event -> {
            if (errors.attempt(
                    decline, () -> siteChanges.decline(change.id(), change.version(), note.getValue()), "Declined.")) {
                dialog.close();
                refresh();
            }
        });
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), decline, approve);
        dialog.open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
