package uk.nhs.smartcardportal.sites.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.AskFirst;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.base.ui.PageLayout;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteDraft;
import uk.nhs.smartcardportal.sites.SiteKind;
import uk.nhs.smartcardportal.sites.SiteService;

/** The trust's sites: the hospitals where cards are collected, the store, and the legacy General Office. */
@Route("sites")
@PageTitle("Sites · Smartcard Portal")
@InMenuGroup(MenuGroup.PEOPLE_AND_SETTINGS)
@Menu(title = "Sites", order = 78, icon = "vaadin:building")
@RolesAllowed(Roles.WORKFORCE)
class SitesView extends Main {

    private final SiteService sites;
    private final Grid<Site> grid = new Grid<>();

    SitesView(SiteService sites) {
        this.sites = sites;
        addClassName("portal-page");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Site::getName).setHeader("Site").setFlexGrow(2);
        grid.addColumn(site -> site.getKind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(site -> join(site.getAddress(), site.getPostcode()))
                .setHeader("Address")
                .setFlexGrow(3);
        grid.addColumn(site -> site.getRooms().isEmpty() ? "" : String.join(", ", site.getRooms()))
                .setHeader("Rooms")
                .setFlexGrow(2);
        grid.addColumn(site -> site.isActive() ? "Active" : "Not in use")
                .setHeader("In use")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Action").setAutoWidth(true);
        grid.setAriaLabel("Sites");
        grid.setEmptyStateText(
                "No sites yet. Add the Workforce Systems store and each hospital where cards are " + "collected.");
        grid.setItemsPageable(sites::all, pageable -> sites.count());
        Button add = new Button("Add a site", event -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("site-add");
        add(
                new H1("Sites"),
                new Paragraph("Starters collect their cards at the hospital sites; printed cards are kept in the one "
                        + "store between sessions. A site still in use cannot be taken out of use until what is there "
                        + "has moved."),
                add,
                grid);
        PageLayout.fillWithGrid(this, grid);
    }

    private HorizontalLayout actions(Site site) {
        Button change = new Button("Change", event -> edit(site));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        change.setAriaLabel("Change " + site.getName());
        Button activity = site.isActive()
                ? new Button(
                        "Take out of use",
                        event -> AskFirst.open(
                                "Take " + site.getName() + " out of use?",
                                "It will no longer be offered for sessions, collection or stock. You can bring it back.",
                                "Take out of use",
                                "Keep it",
                                () -> {
                                    if (Feedback.attempt(
                                            () -> sites.deactivate(site.getId(), site.getVersion()),
                                            site.getName() + " is out of use.")) {
                                        grid.getDataProvider().refreshAll();
                                    }
                                }))
                : new Button("Bring back into use", event -> {
                    if (Feedback.attempt(
                            () -> sites.reactivate(site.getId(), site.getVersion()),
                            site.getName() + " is in use again.")) {
                        grid.getDataProvider().refreshAll();
                    }
                });
        activity.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        activity.setAriaLabel(activity.getText() + ": " + site.getName());
        return new HorizontalLayout(change, activity);
    }

    private void edit(Site site) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(site == null ? "Add a site" : "Change " + site.getName());
        Select<SiteKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setItems(SiteKind.values());
        kind.setItemLabelGenerator(value -> value == null ? "" : value.label());
        kind.setId("site-kind");
        TextField name = new TextField("Name");
        name.setId("site-name");
        TextField address = new TextField("Address");
        address.setId("site-address");
        TextField postcode = new TextField("Postcode");
        postcode.setId("site-postcode");
        TextArea directions = new TextArea("Directions");
        directions.setHelperText("How to find the site and where to park; starters see this.");
        TextField handOver = new TextField("Where cards are handed over");
        handOver.setHelperText("For example: Education Centre, first floor.");
        TextArea rooms = new TextArea("Rooms used for sessions");
        rooms.setHelperText("One per line. Sessions offer these rooms; another can still be typed.");
        rooms.setId("site-rooms");
        if (site != null) {
            SiteDraft held = SiteDraft.of(site);
            kind.setValue(held.kind());
            name.setValue(held.name());
            address.setValue(orEmpty(held.address()));
            postcode.setValue(orEmpty(held.postcode()));
            directions.setValue(orEmpty(held.directions()));
            handOver.setValue(orEmpty(held.handOverPlace()));
            rooms.setValue(orEmpty(held.rooms()));
        } else {
            kind.setValue(SiteKind.HOSPITAL);
        }
        FormErrors errors = new FormErrors()
                .on(SiteDraft.KIND, kind)
                .on(SiteDraft.NAME, name)
                .on(SiteDraft.ADDRESS, address)
                .on(SiteDraft.POSTCODE, postcode)
                .on(SiteDraft.DIRECTIONS, directions)
                .on(SiteDraft.HAND_OVER_PLACE, handOver)
                .on(SiteDraft.ROOMS, rooms);
        Button save = new Button("Save");
        save.setId("site-save");
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            SiteDraft draft = new SiteDraft(
                    kind.getValue(),
                    name.getValue(),
                    address.getValue(),
                    postcode.getValue(),
                    directions.getValue(),
                    handOver.getValue(),
                    rooms.getValue());
            if (errors.attempt(
                    save,
                    () -> {
                        if (site == null) {
                            sites.create(draft);
                        } else {
                            sites.update(site.getId(), site.getVersion(), draft);
                        }
                    },
                    "Site saved.")) {
                dialog.close();
                grid.getDataProvider().refreshAll();
            }
        });
        FormLayout form = new FormLayout(kind, name, address, postcode, handOver, directions, rooms);
        form.setColspan(directions, 2);
        form.setColspan(rooms, 2);
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.setWidth("min(44rem, 95vw)");
        dialog.open();
        name.focus();
    }

    private static String join(String address, String postcode) {
        if (postcode == null) {
            return orEmpty(address);
        }
        return address == null ? postcode : address + ", " + postcode;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
