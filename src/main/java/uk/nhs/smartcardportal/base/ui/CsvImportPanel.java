package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.base.imports.ImportReport;

/**
 * Upload a CSV file, see every line checked in the background with its progress, read what the import will do or
 * every problem by line and column, then import it whole. The page polls while the work runs.
 *
 * @param <R> what the feature's import reports
 */
public class CsvImportPanel<R extends ImportReport> extends Div {

    /** What a feature's import does at each step, and how its report reads. */
    public interface Steps<R> {

        R check(byte[] file, ImportProgress progress);

        R importFile(String fileName, byte[] file, ImportProgress progress);

        Component summary(R report, boolean done);

        /** The button's words, e.g. "Import 3 people". */
        String importLabel(int changing);

        /** Said when the file changes nothing. */
        String nothingToDo();

        /** Where to correct a file with problems, e.g. "in the recruitment system or the spreadsheet". */
        String correctWhere();

        String imported();
    }

    private final Steps<R> steps;
    private final AsyncTaskExecutor executor;
    private final UI ui;
    private final Upload upload;
    private final Paragraph stage = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Div result = new Div();
    private String fileName;
    private byte[] file;

    public CsvImportPanel(String fileLabel, int maxBytes, AsyncTaskExecutor executor, Steps<R> steps) {
        this.steps = steps;
        this.executor = executor;
        this.ui = UI.getCurrent();
        upload = new Upload(new BoundedUpload(
                maxBytes,
                (name, bytes) -> ui.access(() -> received(name, bytes)),
                message -> ui.access(() -> Feedback.problem(message))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.addFileRejectedListener(event -> Feedback.problem(
                event.getErrorMessage() + " Choose a CSV file of at most " + maxBytes / 1024 / 1024 + " MB."));
        upload.getElement().setAttribute("aria-label", fileLabel);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Import progress");
        stage.getElement().setAttribute("role", "status");
        stage.getElement().setAttribute("aria-live", "polite");
        result.addClassName("import-result");
        add(upload, stage, progress, result);
    }

    private void received(String name, byte[] bytes) {
        fileName = name;
        file = bytes;
        result.removeAll();
        runInBackground("Checking the file", () -> steps.check(bytes, progressReporter()), this::showCheck);
    }

    private void showCheck(R report) {
        result.removeAll();
        if (report.hasProblems()) {
            showProblems(report);
            return;
        }
        result.add(new H2("Ready to import " + fileName), steps.summary(report, false));
        if (report.changing() == 0) {
            result.add(new Paragraph(steps.nothingToDo()));
            return;
        }
        Button importButton = new Button(steps.importLabel(report.changing()), event -> {
            event.getSource().setEnabled(false);
            runInBackground(
                    "Importing the file",
                    () -> steps.importFile(fileName, file, progressReporter()),
                    this::showImported);
        });
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.add(importButton);
    }

    private void showImported(R report) {
        result.removeAll();
        if (report.hasProblems()) {
            showProblems(report);
            return;
        }
        result.add(new H2("Imported " + fileName), steps.summary(report, true));
        Feedback.success(steps.imported());
        file = null;
    }

    private void showProblems(R report) {
        int count = report.problems().size();
        result.add(
                new H2(count == 1 ? "1 problem: nothing was imported" : count + " problems: nothing was imported"),
                new Paragraph("Correct the file " + steps.correctWhere() + ", then upload it again. Line 1 is the "
                        + "header line."));
        Grid<ImportProblem> problems = new Grid<>();
        problems.addColumn(ImportProblem::line).setHeader("Line").setAutoWidth(true);
        problems.addColumn(problem -> problem.column() == null ? "" : problem.column())
                .setHeader("Column")
                .setAutoWidth(true);
        problems.addColumn(ImportProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.setItems(report.problems());
        problems.setAriaLabel("Problems in the file");
        problems.setAllRowsVisible(count <= 20);
        result.add(problems);
    }

    private ImportProgress progressReporter() {
        return (what, done, total) -> ui.access(() -> {
            progress.setValue(total == 0 ? 1 : (double) done / total);
            stage.setText(what + ": " + done + " of " + total + " lines");
        });
    }

    /** Runs the work off the request thread so the page stays responsive; the page polls for its progress. */
    private void runInBackground(String what, Supplier<R> work, Consumer<R> whenDone) {
        upload.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        stage.setText(what + "…");
        ui.setPollInterval(500);
        executor.execute(new DelegatingSecurityContextRunnable(
                () -> {
                    try {
                        R report = work.get();
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
                },
                SecurityContextHolder.getContext()));
    }

    private void finished() {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        upload.setEnabled(true);
        upload.clearFileList();
    }
}
