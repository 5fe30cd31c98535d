package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks for the reason for a step that needs one (declining a request, cancelling a card), then takes it. */
public class ReasonDialog extends Dialog {

    public ReasonDialog(
            String title,
            String explanation,
            String confirm,
            String success,
            Consumer<String> action,
            Runnable afterwards) {
        setHeaderTitle(title);
        TextArea reason = new TextArea("Reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText("Kept with the card's history");
        reason.setWidthFull();
        add(new Paragraph(explanation), reason);
        FormErrors errors = new FormErrors().otherwiseOn(reason);
        Button go = new Button(confirm);
        go.setDisableOnClick(true);
        go.addClickListener(event -> {
            if (errors.attempt(go, () -> action.accept(reason.getValue()), success)) {
                close();
                afterwards.run();
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Back", event -> close()), go);
    }
}
