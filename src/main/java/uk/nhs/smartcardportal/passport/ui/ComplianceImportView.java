package uk.nhs.smartcardportal.passport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.base.ui.CsvImportPanel;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.passport.ComplianceImportReport;
import uk.nhs.smartcardportal.passport.ComplianceImportService;

/** The Workforce Systems Team imports pre-employment checks and training from an ESR extract. */
@Route("import-compliance")
@PageTitle("Import ESR compliance · Smartcard Portal")
@InMenuGroup(MenuGroup.PASSPORT)
@Menu(title = "Import ESR compliance", order = 74, icon = "vaadin:upload")
@RolesAllowed(Roles.WORKFORCE)
class ComplianceImportView extends Main {

    ComplianceImportView(
            ComplianceImportService imports, @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        addClassName("portal-page");
        UnorderedList columns = new UnorderedList();
        imports.columns().forEach(column -> columns.add(new ListItem(column)));
        add(
                new H1("Import ESR compliance"),
                new Paragraph("Upload the compliance report from ESR as CSV: one "
                        + "person per line, found by employee number. Every line is checked first; nothing is imported "
                        + "until the file has no problems, and then it is imported whole. Importing the same file again "
                        + "changes nothing."),
                new Details(
                        "Columns the file can have",
                        new Paragraph("A header line names "
                                + "the columns, in any order; only Employee number is needed. Dates are day/month/year. An "
                                + "empty cell never clears what the portal already holds."),
                        columns),
                new CsvImportPanel<>(
                        "ESR compliance file", ComplianceImportService.MAX_BYTES, executor, new Steps(imports)));
    }

    private record Steps(ComplianceImportService imports) implements CsvImportPanel.Steps<ComplianceImportReport> {

        @Override
        public ComplianceImportReport check(byte[] file, ImportProgress progress) {
            return imports.check(file, progress);
        }

        @Override
        public ComplianceImportReport importFile(String fileName, byte[] file, ImportProgress progress) {
            return imports.importFile(fileName, file, progress);
        }

        @Override
        public Component summary(ComplianceImportReport report, boolean done) {
            return new UnorderedList(
                    new ListItem(report.rows() + (report.rows() == 1 ? " person" : " people") + " in the file"),
                    new ListItem(report.created() + (done ? " records started" : " records to start")),
                    new ListItem(report.updated() + (done ? " records updated" : " records to update")),
                    new ListItem(report.unchanged() + " already up to date"));
        }

        @Override
        public String importLabel(int changing) {
            return "Import " + changing + (changing == 1 ? " record" : " records");
        }

        @Override
        public String nothingToDo() {
            return "Every record in this file is already held as given. There is nothing to import.";
        }

        @Override
        public String correctWhere() {
            return "in ESR or the spreadsheet";
        }

        @Override
        public String imported() {
            return "Compliance records imported; passport answers worked out again.";
        }
    }
}
