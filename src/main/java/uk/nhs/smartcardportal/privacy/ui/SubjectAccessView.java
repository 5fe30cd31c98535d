package uk.nhs.smartcardportal.privacy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.base.ui.PortalIcons;
import uk.nhs.smartcardportal.privacy.SubjectAccessService;
import uk.nhs.smartcardportal.staff.StaffService;
import uk.nhs.smartcardportal.staff.StaffSummary;

/** A subject access request: find the person, then download everything the portal holds about them. */
@Route("subject-access")
@PageTitle("Subject access requests · Smartcard Portal")
@InMenuGroup(MenuGroup.PEOPLE_AND_SETTINGS)
@Menu(title = "Subject access requests", order = 82, icon = "vaadin:download")
@RolesAllowed(Roles.WORKFORCE)
class SubjectAccessView extends Main {

    private final SubjectAccessService subjectAccess;
    private final Grid<StaffSummary> grid = new Grid<>();
    private final Div details = new Div();

    SubjectAccessView(StaffService staff, SubjectAccessService subjectAccess) {
        this.subjectAccess = subjectAccess;
        addClassName("portal-page");
        add(
                new H1("Subject access requests"),
                new Paragraph("When someone asks for the personal data the portal "
                        + "holds about them, find them here and download it as one file. Each download is recorded in the "
                        + "audit trail."));
        TextField search = new TextField("Find a person");
        search.setPlaceholder("Name, employee number or e-mail");
        search.setPrefixComponent(PortalIcons.create(PortalIcons.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(100%, 28rem)");
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        grid.addColumn(StaffSummary::fullName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(StaffSummary::employeeNumber)
                .setHeader("Employee number")
                .setAutoWidth(true);
        grid.addColumn(StaffSummary::jobTitle).setHeader("Job title").setAutoWidth(true);
        grid.addColumn(StaffSummary::department).setHeader("Department").setAutoWidth(true);
        // Not counted: counting every one of a large trust's staff on each search costs more than the page itself.
        grid.setItemsPageable(pageable -> staff.search(search.getValue(), pageable));
        grid.setAriaLabel("Staff");
        grid.setHeight("20rem");
        grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        details.addClassName("portal-card");
        details.setVisible(false);
        add(search, grid, details);
    }

    private void show(StaffSummary person) {
        details.removeAll();
        details.setVisible(person != null);
        if (person == null) {
            return;
        }
        details.add(
                new H2("Everything held about " + person.fullName()),
                new Paragraph("Their record, cards, "
                        + "requests, site changes, bookings, e-mails and the audit trail of what was done to them; what they "
                        + "did themselves, as the fact of it."));
        long staffId = person.id();
        Anchor export = new Anchor(
                (DownloadEvent download) -> {
                    download.setFileName(subjectAccess.fileName(staffId));
                    download.setContentType("application/json");
                    try (OutputStream out = download.getOutputStream()) {
                        subjectAccess.export(staffId, out);
                    }
                },
                "Download everything held about " + person.fullName() + " (JSON)");
        export.setDownload(true);
        export.setId("subject-access-export");
        details.add(export);
    }
}
