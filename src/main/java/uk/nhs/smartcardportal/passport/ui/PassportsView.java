package uk.nhs.smartcardportal.passport.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.base.ui.PageLayout;
import uk.nhs.smartcardportal.passport.PassportService;

/** Staff passport answers across all staff, for the Workforce Systems Team: filter, export, open a record. */
@Route("passports")
@PageTitle("Staff passports · Smartcard Portal")
@InMenuGroup(MenuGroup.PASSPORT)
@Menu(title = "Staff passports", order = 70, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.WORKFORCE)
class PassportsView extends Main {

    PassportsView(PassportService passports) {
        addClassName("portal-page");
        PassportGrid list = new PassportGrid(
                passports::everyone,
                null,
                "Open",
                row -> getUI().ifPresent(ui -> ui.navigate(
                        ComplianceView.class, new RouteParameters("staffId", String.valueOf(row.staffId())))));
        list.grid.setAriaLabel("Staff passports");
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = passports.everyoneCsv(list.filter());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "staff-passports.csv", "text/csv", bytes.length);
                }),
                "Download CSV");
        csv.setDownload(true);
        add(
                new H1("Staff passports"),
                new Paragraph("Each person's answer as worked out each night and whenever "
                        + "their record, an agreement or a training subject changes. "
                        + PassportGrid.counts(passports.everyoneOutcomes()) + "."),
                list.filters(),
                csv,
                list.grid);
        PageLayout.fillWithGrid(this, list.grid);
    }
}
