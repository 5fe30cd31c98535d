package uk.nhs.smartcardportal.cards.printing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.IssuedCardRow;
import uk.nhs.smartcardportal.cards.printing.PrintQueueService;

/** Replaces a lost or damaged card: the old one is recorded lost or destroyed, a new one joins the queue. */
class ReprintDialog extends Dialog {

    ReprintDialog(IssuedCardRow row, PrintQueueService printQueue, Runnable afterReprint) {
        setHeaderTitle("Reprint card " + row.serial() + " for " + row.fullName());
        RadioButtonGroup<CardStatus> what = new RadioButtonGroup<>("What happened to the card?");
        what.setItems(CardStatus.LOST, CardStatus.DESTROYED);
        what.setItemLabelGenerator(status -> status == CardStatus.LOST ? "Lost" : "Damaged: it will be destroyed");
        what.setItemEnabledProvider(status -> row.status().canMoveTo(status));
        what.setRequiredIndicatorVisible(true);
        what.addClassName("stacked-radios");
        TextArea reason = new TextArea("Reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        add(new Paragraph("A new card joins the print queue, linked to this one."), what, reason);
        FormErrors errors = new FormErrors()
                .on(PrintQueueService.REPRINT_OUTCOME, what)
                .on(PrintQueueService.REPRINT_REASON, reason);
        Button reprint = new Button("Reprint card");
        reprint.setDisableOnClick(true);
        reprint.addClickListener(event -> {
            if (errors.attempt(
                    reprint,
                    () -> printQueue.reprint(row.cardId(), row.cardVersion(), what.getValue(), reason.getValue()),
                    "A new card is in the print queue.")) {
                close();
                afterReprint.run();
            }
        });
        reprint.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Back", event -> close()), reprint);
    }
}
