package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before a change that is not easily undone: the action runs only when the person confirms. */
public final class AskFirst {

    private AskFirst() {}

    public static Dialog open(
            String question, String consequence, String confirmLabel, String cancelLabel, Runnable action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(question);
        dialog.add(new Paragraph(consequence));
        Button confirm = new Button(confirmLabel, event -> {
            dialog.close();
            action.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.setId("ask-first-confirm");
        Button cancel = new Button(cancelLabel, event -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.addClassName("ask-first");
        dialog.open();
        confirm.focus();
        return dialog;
    }
}
