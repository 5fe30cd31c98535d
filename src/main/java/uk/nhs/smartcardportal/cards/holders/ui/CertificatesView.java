package uk.nhs.smartcardportal.cards.holders.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.cards.holders.CertificateFilter;
import uk.nhs.smartcardportal.cards.holders.CertificateRow;
import uk.nhs.smartcardportal.cards.holders.CertificateService;

/** Workforce sees whose card certificates expire within 90 days, or have expired, and exports the list. */
@Route("certificates")
@PageTitle("Certificate renewals · Smartcard Portal")
@InMenuGroup(MenuGroup.CARDS)
@Menu(title = "Certificate renewals", order = 49, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.WORKFORCE)
class CertificatesView extends Main {

    private final Grid<CertificateRow> grid = new Grid<>();
    private final Select<CertificateFilter> show = new Select<>();

    CertificatesView(CertificateService certificates) {
        addClassName("portal-page");
        show.setLabel("Show");
        show.setItems(CertificateFilter.values());
        show.setItemLabelGenerator(CertificateFilter::label);
        show.setValue(CertificateFilter.EXPIRING);
        show.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = certificates.csv(show.getValue());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "certificates-" + show.getValue().name().toLowerCase() + ".csv",
                            "text/csv",
                            bytes.length);
                }),
                "Download CSV");
        csv.setDownload(true);
        FlexLayout filters = new FlexLayout(show, csv);
        filters.addClassName("portal-filters");

        grid.addColumn(CertificateRow::serial).setHeader("Card number").setAutoWidth(true);
        grid.addColumn(CertificateRow::fullName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(CertificateRow::employeeNumber)
                .setHeader("Employee number")
                .setAutoWidth(true);
        grid.addColumn(CertificateRow::siteName).setHeader("Base site").setFlexGrow(2);
        grid.addColumn(row -> UkTime.date(row.expiresOn()))
                .setHeader("Certificates expire")
                .setAutoWidth(true);
        grid.setItemsPageable(pageable -> certificates.list(show.getValue(), pageable));
        grid.setAriaLabel("Certificates");
        grid.setEmptyStateText("No card's certificates are in this list.");
        add(
                new H1("Certificate renewals"),
                new Paragraph(
                        "Cards in use whose certificates expire in the next 90 days, or have expired. Holders are "
                                + "reminded by e-mail 90 and 30 days before."),
                filters,
                grid);
    }
}
