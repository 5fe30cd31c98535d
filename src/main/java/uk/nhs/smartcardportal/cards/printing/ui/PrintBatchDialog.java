package uk.nhs.smartcardportal.cards.printing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.smartcardportal.base.Counted;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.cards.printing.PrintBatchRefusedException;
import uk.nhs.smartcardportal.cards.printing.PrintInstruction;
import uk.nhs.smartcardportal.cards.printing.PrintQueueRow;
import uk.nhs.smartcardportal.cards.printing.PrintQueueService;
import uk.nhs.smartcardportal.sites.Site;

/** Card numbers and collection sites for the chosen cards, recorded as printed together or not at all. */
class PrintBatchDialog extends Dialog {

    private record Entry(PrintQueueRow row, TextField serial, Select<Site> site) {}

    private final Map<Long, Entry> entries = new LinkedHashMap<>();

    PrintBatchDialog(List<PrintQueueRow> rows, List<Site> sites, PrintQueueService printQueue, Runnable afterPrint) {
        setHeaderTitle("Record " + Counted.of(rows.size(), "card") + " as printed");
        setWidth("min(48rem, 100vw)");
        add(new Paragraph("Type or scan each card's 12-digit number. The person is told their card is printed and "
                + "where they will collect it. Then send the cards to the Workforce Systems Team, who receive them "
                + "into the store."));
        for (PrintQueueRow row : rows) {
            TextField serial = new TextField("Card number");
            serial.setRequiredIndicatorVisible(true);
            serial.setManualValidation(true);
            serial.setAriaLabel("Card number for " + row.fullName());
            Select<Site> site = new Select<>();
            site.setLabel("Collection site");
            site.setItems(sites);
            site.setItemLabelGenerator(Site::getName);
            site.setAriaLabel("Collection site for " + row.fullName());
            site.setManualValidation(true);
            sites.stream()
                    .filter(candidate -> candidate.getId().equals(row.baseSiteId()))
                    .findFirst()
                    .ifPresent(site::setValue);
            FlexLayout fields = new FlexLayout(serial, site);
            fields.addClassName("portal-filters");
            Div person = new Div(new H3(row.fullName() + " (" + row.employeeNumber() + ")"), fields);
            person.addClassName("print-entry");
            add(person);
            entries.put(row.cardId(), new Entry(row, serial, site));
        }
        Button record = new Button("Record as printed");
        record.setDisableOnClick(true);
        record.addClickListener(event -> {
            try {
                record(printQueue, afterPrint);
            } finally {
                record.setEnabled(true);
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Back", event -> close()), record);
    }

    private void record(PrintQueueService printQueue, Runnable afterPrint) {
        List<PrintInstruction> batch = new ArrayList<>();
        boolean complete = true;
        Feedback.clearProblem();
        for (Entry entry : entries.values()) {
            entry.serial().setInvalid(false);
            entry.serial().setErrorMessage(null);
            entry.site().setInvalid(false);
            if (entry.site().getValue() == null) {
                entry.site().setErrorMessage("Choose where the card will be collected.");
                entry.site().setInvalid(true);
                complete = false;
                continue;
            }
            batch.add(new PrintInstruction(
                    entry.row().cardId(),
                    entry.row().cardVersion(),
                    entry.serial().getValue(),
                    entry.site().getValue().getId()));
        }
        if (!complete) {
            return;
        }
        try {
            printQueue.printAll(batch);
        } catch (PrintBatchRefusedException refused) {
            refused.problemsByCardId().forEach((cardId, problem) -> {
                Entry entry = entries.get(cardId);
                if (entry != null) {
                    entry.serial().setErrorMessage(problem);
                    entry.serial().setInvalid(true);
                }
            });
            return;
        } catch (RuleViolationException | RecordNotFoundException refused) {
            Feedback.problem(refused.getMessage());
            return;
        }
        Feedback.success(Counted.of(batch.size(), "card") + " recorded as printed.");
        close();
        afterPrint.run();
    }
}
