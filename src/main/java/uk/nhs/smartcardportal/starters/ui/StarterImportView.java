package uk.nhs.smartcardportal.starters.ui;

import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.security.Roles;
import uk.nhs.smartcardportal.starters.StarterColumn;
import uk.nhs.smartcardportal.starters.StarterImportReport;
import uk.nhs.smartcardportal.starters.StarterImportService;

/** Recruitment imports new starters from the recruitment system's CSV export: checked first, then all at once. */
@Route("import-starters")
@PageTitle("Import starters · Smartcard Portal")
@Menu(title = "Import starters", order = 35, icon = "vaadin:upload")
@RolesAllowed({Roles.RECRUITMENT, Roles.WORKFORCE})
public class StarterImportView extends Main {

    private final StarterImportService imports;
    private final AsyncTaskExecutor executor;
    private final UI ui;
    private final Upload upload;
    private final Paragraph stage = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Div result = new Div();
    private String fileName;
    private byte[] file;

    public StarterImportView(StarterImportService imports,
            @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        this.imports = imports;
        this.executor = executor;
        this.ui = UI.getCurrent();
        addClassName("portal-page");
        add(new H1("Import starters"), new Paragraph("Upload the CSV export of new starters from the recruitment "
                + "system. Every line is checked first and you see what the import will do. Nothing is imported "
                + "until the file has no problems, and then it is imported whole. Importing the same file again "
                + "changes nothing."), columns());

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> received(metadata
                .fileName(), bytes))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(StarterImportService.MAX_BYTES);
        upload.addFileRejectedListener(event -> Feedback.problem(event.getErrorMessage()
                + " Choose a CSV file of at most " + StarterImportService.MAX_BYTES / 1024 / 1024 + " MB."));
        upload.getElement().setAttribute("aria-label", "Starters file");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Import progress");
        stage.getElement().setAttribute("role", "status");
        stage.getElement().setAttribute("aria-live", "polite");
        result.addClassName("import-result");
        add(upload, stage, progress, result);
    }

    private static Details columns() {
        UnorderedList list = new UnorderedList();
        for (StarterColumn column : StarterColumn.values()) {
            list.add(new ListItem(column.header() + (column.required() ? " (needed)" : "")));
        }
        Details details = new Details("Columns the file can have", new Paragraph("A header line names the columns, "
                + "in any order. Dates are day/month/year. Card needed is yes, no or unknown; when it is yes, Card "
                + "reason says why (Clinical systems, ESR supervisor, or in words). An empty cell never clears what "
                + "the portal already holds."), list);
        return details;
    }

    private void received(String name, byte[] bytes) {
        fileName = name;
        file = bytes;
        result.removeAll();
        runInBackground("Checking the file", service -> service.check(bytes, progressReporter()), this::showCheck);
    }

    private void showCheck(StarterImportReport report) {
        result.removeAll();
        if (report.hasProblems()) {
            showProblems(report);
            return;
        }
        result.add(new H2("Ready to import " + fileName), summary(report, false));
        if (report.created() + report.updated() == 0) {
            result.add(new Paragraph("Everyone in this file is already on the staff list as given. There is nothing "
                    + "to import."));
            return;
        }
        int changing = report.created() + report.updated();
        Button importButton = new Button("Import " + changing + (changing == 1 ? " person" : " people"), event -> {
            event.getSource().setEnabled(false);
            runInBackground("Importing the file", service -> service.importFile(fileName, file,
                    progressReporter()), this::showImported);
        });
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.add(importButton);
    }

    private void showImported(StarterImportReport report) {
        result.removeAll();
        if (report.hasProblems()) {
            showProblems(report);
            return;
        }
        result.add(new H2("Imported " + fileName), summary(report, true));
        Feedback.success("Starters imported.");
        file = null;
    }

    private void showProblems(StarterImportReport report) {
        int count = report.problems().size();
        result.add(new H2(count == 1 ? "1 problem: nothing was imported" : count + " problems: nothing was imported"),
                new Paragraph("Correct the file in the recruitment system or the spreadsheet, then upload it again. "
                        + "Line 1 is the header line."));
        Grid<ImportProblem> problems = new Grid<>();
        problems.addColumn(ImportProblem::line).setHeader("Line").setAutoWidth(true);
        problems.addColumn(problem -> problem.column() == null ? "" : problem.column()).setHeader("Column")
                .setAutoWidth(true);
        problems.addColumn(ImportProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.setItems(report.problems());
        problems.setAriaLabel("Problems in the file");
        problems.setAllRowsVisible(count <= 20);
        result.add(problems);
    }

    private static UnorderedList summary(StarterImportReport report, boolean done) {
        return new UnorderedList(
                new ListItem(report.rows() + (report.rows() == 1 ? " person" : " people") + " in the file"),
                new ListItem(report.created() + (done ? " added" : " to add") + " to the staff list"),
                new ListItem(report.updated() + (done ? " updated" : " to update")),
                new ListItem(report.unchanged() + " already up to date"),
                new ListItem(report.cardsRequested() + (report.cardsRequested() == 1 ? " card" : " cards")
                        + (done ? " asked for: now in the print queue" : " to ask for")));
    }

    private ImportProgress progressReporter() {
        return (what, done, total) -> ui.access(() -> {
            progress.setValue(total == 0 ? 1 : (double) done / total);
            stage.setText(what + ": " + done + " of " + total + " lines");
        });
    }

    /** Runs the work off the request thread so the page stays responsive; the page polls for its progress. */
    private void runInBackground(String what, Function<StarterImportService, StarterImportReport> work,
            Consumer<StarterImportReport> whenDone) {
        upload.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        stage.setText(what + "…");
        ui.setPollInterval(500);
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                StarterImportReport report = work.apply(imports);
                ui.access(() -> {
                    finished();
                    stage.setText(what + ": done.");
                    whenDone.accept(report);
                });
            } catch (RuntimeException fault) {
                ui.access(() -> {
                    finished();
                    stage.setText("");
                    Feedback.fault(what, fault);
                });
            }
        }, SecurityContextHolder.getContext()));
    }

    private void finished() {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        upload.setEnabled(true);
        upload.clearFileList();
    }
}
