package uk.nhs.smartcardportal.collection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import uk.nhs.smartcardportal.base.Counted;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.collection.HandOverDeskService;
import uk.nhs.smartcardportal.collection.RunSheetLine;
import uk.nhs.smartcardportal.sessions.SessionSummary;

/** The cards to take to a session: printable, downloadable, and "taken to session" when they leave the store. */
@Route("sessions/:sessionId/run-sheet")
@PageTitle("Run sheet · Smartcard Portal")
@RolesAllowed(Roles.WORKFORCE)
class RunSheetView extends Main implements BeforeEnterObserver {

    private final HandOverDeskService desk;
    private long sessionId;

    RunSheetView(HandOverDeskService desk) {
        this.desk = desk;
        addClassNames("portal-page", "run-sheet");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            sessionId =
                    Long.parseLong(event.getRouteParameters().get("sessionId").orElse(""));
            render(desk.session(sessionId));
        } catch (NumberFormatException | RecordNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class, "No such session");
        }
    }

    private void render(SessionSummary session) {
        removeAll();
        List<RunSheetLine> lines = desk.runSheet(sessionId);
        add(
                new H1("Run sheet"),
                new Paragraph(UkTime.span(session.startsAt(), session.endsAt()) + " · "
                        + session.siteName() + ", " + session.room() + " · " + Counted.of(lines.size(), "card")
                        + " · "
                        + lines.stream().filter(RunSheetLine::isHandedOver).count() + " handed over"));

        Button print = new Button(
                "Print", event -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = desk.runSheetCsv(sessionId);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "run-sheet-" + sessionId + ".csv",
                            "text/csv",
                            bytes.length);
                }),
                "Download CSV");
        csv.setDownload(true);
        Button taken = new Button("Taken to session", event -> {
            if (Feedback.attempt(() -> desk.takeToSession(sessionId), "The cards are now with the session.")) {
                render(desk.session(sessionId));
            }
        });
        taken.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        taken.setEnabled(
                lines.stream().anyMatch(line -> line.status() == uk.nhs.smartcardportal.cards.CardStatus.ALLOCATED));
        Anchor deskLink = new Anchor(CollectionNavigation.desk(sessionId), "Open the hand-over desk");
        FlexLayout actions = new FlexLayout(print, csv, taken, deskLink);
        actions.addClassNames("portal-actions", "no-print");
        add(actions, table(lines));
    }

    private static NativeTable table(List<RunSheetLine> lines) {
        NativeTable table = new NativeTable();
        table.addClassName("run-sheet-table");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headings = new NativeTableRow();
        for (String heading :
                List.of("Name", "Employee number", "Card number", "Collection site", "Status", "Handed over")) {
            headings.add(new NativeTableHeaderCell(heading));
        }
        head.add(headings);
        NativeTableBody body = new NativeTableBody();
        for (RunSheetLine line : lines) {
            NativeTableRow row = new NativeTableRow();
            row.add(
                    new NativeTableCell(line.fullName()), new NativeTableCell(line.employeeNumber()),
                    new NativeTableCell(line.serial()), new NativeTableCell(line.siteName()),
                    new NativeTableCell(line.status().label()),
                            new NativeTableCell(
                                    line.isHandedOver()
                                            ? UkTime.dateTime(line.handedOverAt()) + " by " + line.handedOverBy()
                                            : ""));
            body.add(row);
        }
        table.add(head, body);
        return table;
    }
}
