package uk.nhs.smartcardportal.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import uk.nhs.smartcardportal.base.Counted;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.sessions.SessionRow;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;

/** Cancels a session with a reason; its booked cards go back to the store and their holders are told. */
class CancelSessionDialog extends Dialog {

    CancelSessionDialog(SessionRow row, SessionSchedulingService scheduling, Runnable afterCancel) {
        setHeaderTitle("Cancel the session on " + UkTime.span(row.startsAt(), row.endsAt()));
        TextArea reason = new TextArea("Reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText("Told to the people booked onto it");
        reason.setWidthFull();
        add(
                new Paragraph(
                        row.booked() == 0
                                ? "No cards are booked onto it."
                                : Counted.of(row.booked(), "booked card goes", "booked cards go")
                                        + " back to the store, ready for another session."),
                reason);
        FormErrors errors = new FormErrors().otherwiseOn(reason);
        Button cancel = new Button("Cancel session");
        cancel.setDisableOnClick(true);
        cancel.addClickListener(event -> {
            if (errors.attempt(
                    cancel,
                    () -> scheduling.cancel(row.id(), row.version(), reason.getValue()),
                    "Session cancelled.")) {
                close();
                afterCancel.run();
            }
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Keep it", event -> close()), cancel);
    }
}
