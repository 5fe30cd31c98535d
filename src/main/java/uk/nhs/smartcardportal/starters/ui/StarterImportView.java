package uk.nhs.smartcardportal.starters.ui;

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
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.starters.PeopleFile;
import uk.nhs.smartcardportal.starters.PeopleImportReport;
import uk.nhs.smartcardportal.starters.PersonColumn;
import uk.nhs.smartcardportal.starters.StarterImportService;

/** Recruitment imports new starters from the recruitment system's CSV export: checked first, then all at once. */
@Route("import-starters")
@PageTitle("Import starters · Smartcard Portal")
@InMenuGroup(MenuGroup.CARDS)
@Menu(title = "Import starters", order = 35, icon = "vaadin:upload")
@RolesAllowed({Roles.RECRUITMENT, Roles.WORKFORCE})
class StarterImportView extends Main {

    StarterImportView(
            StarterImportService imports,
            CurrentUser currentUser,
            @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        addClassName("portal-page");
        add(
                new H1("Import starters"),
                new Paragraph("Upload the CSV export of new starters from the recruitment "
                        + "system. Every line is checked first and you see what the import will do. Nothing is imported "
                        + "until the file has no problems, and then it is imported whole. Importing the same file again "
                        + "changes nothing."),
                columns(),
                new CsvImportPanel<>(
                        "Starters file",
                        StarterImportService.MAX_BYTES,
                        executor,
                        new Steps(imports, new HeldChanges(currentUser.hasRole(Role.WORKFORCE)))));
    }

    private static Details columns() {
        UnorderedList list = new UnorderedList();
        for (PersonColumn column : PeopleFile.STARTERS.columns()) {
            list.add(new ListItem(column.header() + (PeopleFile.STARTERS.requires(column) ? " (needed)" : "")));
        }
        return new Details(
                "Columns the file can have",
                new Paragraph("A header line names the columns, "
                        + "in any order. Dates are day/month/year. Card needed is yes, no or unknown; when it is yes, Card "
                        + "reason says why (Clinical systems, ESR supervisor, or in words). An empty cell never clears what "
                        + "the portal already holds."),
                list);
    }

    private record Steps(StarterImportService imports, HeldChanges held)
            implements CsvImportPanel.Steps<PeopleImportReport> {

        @Override
        public PeopleImportReport check(byte[] file, ImportProgress progress) {
            return imports.check(file, progress);
        }

        @Override
        public PeopleImportReport importFile(String fileName, byte[] file, ImportProgress progress) {
            return held.confirmed()
                    ? imports.importFileConfirmingHeldChanges(fileName, file, progress)
                    : imports.importFile(fileName, file, progress);
        }

        @Override
        public Component summary(PeopleImportReport report, boolean done) {
            return held.around(summaryList(report, done), report, done);
        }

        private static Component summaryList(PeopleImportReport report, boolean done) {
            return new UnorderedList(
                    new ListItem(report.rows() + (report.rows() == 1 ? " person" : " people") + " in the file"),
                    new ListItem(report.created() + (done ? " added" : " to add") + " to the staff list"),
                    new ListItem(report.updated() + (done ? " updated" : " to update")),
                    new ListItem(report.unchanged() + " already up to date"),
                    new ListItem(report.cardsRequested()
                            + (report.cardsRequested() == 1 ? " card" : " cards")
                            + (done ? " asked for: now in the print queue" : " to ask for")));
        }

        @Override
        public String importLabel(int changing) {
            return "Import " + changing + (changing == 1 ? " person" : " people");
        }

        @Override
        public String nothingToDo() {
            return "Everyone in this file is already on the staff list as given. There is nothing to import.";
        }

        @Override
        public String correctWhere() {
            return "in the recruitment system or the spreadsheet";
        }

        @Override
        public String imported() {
            return "Starters imported.";
        }
    }
}
