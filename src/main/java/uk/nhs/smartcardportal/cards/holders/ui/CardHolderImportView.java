package uk.nhs.smartcardportal.cards.holders.ui;

import com.vaadin.flow.component.Component;
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
import uk.nhs.smartcardportal.cards.holders.CardHolderColumn;
import uk.nhs.smartcardportal.cards.holders.CardHolderImportReport;
import uk.nhs.smartcardportal.cards.holders.CardHolderImportService;

/** Workforce records the cards people held before the portal, so that nobody is asked for a card they have. */
@Route(CardHolderImportView.ROUTE)
@PageTitle("Import card holders · Smartcard Portal")
@InMenuGroup(MenuGroup.CARDS)
@Menu(title = "Import card holders", order = 49.5, icon = "vaadin:upload")
@RolesAllowed(Roles.WORKFORCE)
class CardHolderImportView extends Main {

    static final String ROUTE = "import-card-holders";

    CardHolderImportView(
            CardHolderImportService imports, @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        addClassName("portal-page");
        UnorderedList columns = new UnorderedList();
        for (CardHolderColumn column : CardHolderColumn.values()) {
            columns.add(new ListItem(column.header() + (column.required() ? " (needed)" : "")));
        }
        Anchor example = new Anchor(
                DownloadHandler.forClassResource(CardHolderImportView.class, "/examples/card-holders-example.csv"),
                "Download an example file");
        example.setId("example-card-holders");
        add(
                new H1("Import card holders"),
                new Paragraph("Upload the list of the NHS Smartcards your staff already hold, as CSV. Each card is "
                        + "recorded as collected by its holder, so the portal shows it on their page and refuses to ask "
                        + "for another. Every line is checked first; nothing is imported until the file has no problems. "
                        + "Importing the same file again changes nothing."),
                new Details(
                        "Columns the file can have",
                        new Paragraph(
                                "A header line names the columns, in any order. The card number is the 12 "
                                        + "digits on the card. The holder must be on the staff list. Dates are day/month/year."),
                        columns,
                        example),
                new CsvImportPanel<>(
                        "Card holders file", CardHolderImportService.MAX_BYTES, executor, new Steps(imports)));
    }

    private record Steps(CardHolderImportService imports) implements CsvImportPanel.Steps<CardHolderImportReport> {

        @Override
        public CardHolderImportReport check(byte[] file, ImportProgress progress) {
            return imports.check(file, progress);
        }

        @Override
        public CardHolderImportReport importFile(String fileName, byte[] file, ImportProgress progress) {
            return imports.importFile(fileName, file, progress);
        }

        @Override
        public Component summary(CardHolderImportReport report, boolean done) {
            return new UnorderedList(
                    new ListItem(report.rows() + (report.rows() == 1 ? " card" : " cards") + " in the file"),
                    new ListItem(report.created() + (done ? " recorded" : " to record") + " as held"),
                    new ListItem(report.unchanged() + " already recorded"));
        }

        @Override
        public String importLabel(int changing) {
            return "Record " + changing + (changing == 1 ? " card" : " cards");
        }

        @Override
        public String nothingToDo() {
            return "Every card in this file is already recorded. There is nothing to import.";
        }

        @Override
        public String correctWhere() {
            return "in the spreadsheet";
        }

        @Override
        public String imported() {
            return "Card holders imported.";
        }
    }
}
