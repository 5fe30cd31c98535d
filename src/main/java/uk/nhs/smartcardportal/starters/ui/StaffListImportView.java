package uk.nhs.smartcardportal.starters.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.base.ui.CsvImportPanel;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.starters.PeopleFile;
import uk.nhs.smartcardportal.starters.PeopleImportReport;
import uk.nhs.smartcardportal.starters.PersonColumn;
import uk.nhs.smartcardportal.starters.StaffListImportService;

/** The Workforce Systems Team imports the trust's staff list from an ESR extract: checked first, then all at once. */
@Route(StaffListImportView.ROUTE)
@PageTitle("Import the staff list · Smartcard Portal")
@InMenuGroup(MenuGroup.PEOPLE_AND_SETTINGS)
@Menu(title = "Import the staff list", order = 79, icon = "vaadin:upload")
@RolesAllowed(Roles.WORKFORCE)
class StaffListImportView extends Main {

    static final String ROUTE = "import-staff-list";

    StaffListImportView(
            StaffListImportService imports, @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        addClassName("portal-page");
        Checkbox fullList = new Checkbox("This file is the whole staff list");
        fullList.setHelperText("People on the portal that a whole list leaves out are listed for you to decide about. "
                + "Nobody is deleted.");
        fullList.setValue(true);
        add(
                new H1("Import the staff list"),
                new Paragraph("Upload the staff list extract from ESR as CSV. Everyone is matched by employee number: "
                        + "new people are added, and the details of people already here are brought up to date. Every "
                        + "line is checked first and you see what the import will do. Nothing is imported until the "
                        + "file has no problems, and then it is imported whole. Importing the same file again changes "
                        + "nothing."),
                columns(),
                fullList,
                new CsvImportPanel<>(
                        "Staff list file",
                        StaffListImportService.MAX_BYTES,
                        executor,
                        new Steps(imports, fullList, new HeldChanges(true))));
    }

    private static Details columns() {
        UnorderedList list = new UnorderedList();
        for (PersonColumn column : PeopleFile.STAFF_LIST.columns()) {
            list.add(new ListItem(column.header() + (PeopleFile.STAFF_LIST.requires(column) ? " (needed)" : "")));
        }
        Anchor example = new Anchor(
                DownloadHandler.forClassResource(StaffListImportView.class, "/examples/staff-list-example.csv"),
                "Download an example file");
        example.setId("example-staff-list");
        return new Details(
                "Columns the file can have",
                new Paragraph("A header line names the columns, in any order, with the names ESR uses or ours. Dates "
                        + "are day/month/year. Base site is the site's name as the portal lists it. A leaving date makes "
                        + "the person a leaver from that day; Leaving to names the NHS organisation they move to, if "
                        + "any, so that they keep their card. When Changes from is a later day, a new manager, base "
                        + "site or staff group waits until then. An empty cell never clears what the portal holds."),
                list,
                example);
    }

    private record Steps(StaffListImportService imports, Checkbox fullList, HeldChanges held)
            implements CsvImportPanel.Steps<PeopleImportReport> {

        @Override
        public PeopleImportReport check(byte[] file, ImportProgress progress) {
            return imports.check(file, fullList.getValue(), progress);
        }

        @Override
        public PeopleImportReport importFile(String fileName, byte[] file, ImportProgress progress) {
            return held.confirmed()
                    ? imports.importFileConfirmingHeldChanges(fileName, file, fullList.getValue(), progress)
                    : imports.importFile(fileName, file, fullList.getValue(), progress);
        }

        @Override
        public Component summary(PeopleImportReport report, boolean done) {
            UnorderedList summary = new UnorderedList(
                    new ListItem(report.rows() + (report.rows() == 1 ? " person" : " people") + " in the file"),
                    new ListItem(report.created() + (done ? " added" : " to add") + " to the staff list"),
                    new ListItem(report.updated() + (done ? " updated" : " to update")),
                    new ListItem(report.unchanged() + " already up to date"),
                    new ListItem(report.movesWaiting()
                            + (report.movesWaiting() == 1 ? " change" : " changes")
                            + " of manager, site or staff group from a later day"),
                    new ListItem(report.leavers() + (report.leavers() == 1 ? " leaver" : " leavers")
                            + " with a new leaving date"));
            if (fullList.getValue()) {
                summary.add(new ListItem(report.leftOut()
                        + (report.leftOut() == 1 ? " person" : " people")
                        + " on the portal not in this file: "
                        + (done ? "listed under Not on the staff list" : "to be listed")
                        + " for you to decide about"));
            }
            return held.around(summary, report, done);
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
            return "in ESR or the spreadsheet";
        }

        @Override
        public String imported() {
            return "Staff list imported.";
        }
    }
}
