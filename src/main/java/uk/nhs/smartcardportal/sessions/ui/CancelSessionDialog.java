package uk.nhs.smartcardportal.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.sessions.CollectionSession;
import uk.nhs.smartcardportal.sessions.SessionRow;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;

/** Cancels a session with a reason; its booked cards go back to the store and their holders are told. */
class CancelSessionDialog extends Dialog {

    CancelSessionDialog(SessionRow row, SessionSchedulingService scheduling, Runnable afterCancel) {
        setHeaderTitle("Cancel the session on " + UkTime.span(row.startsAt(), row.endsAt()));
        TextArea reason = new TextArea("Reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText("Told to the people booked onto it");
        reason.setMaxLength(CollectionSession.CANCELLED_REASON_MAX);
        reason.setWidthFull();
        add(new Paragraph(row.booked() == 0 ? "No cards are booked onto it." : row.booked() + " booked cards go "
                + "back to the store, ready for another session."), reason);
        Button cancel = new Button("Cancel session", event -> {
            if (Feedback.attempt(() -> scheduling.cancel(row.id(), row.version(), reason.getValue()),
                    "Session cancelled.")) {
                close();
                afterCancel.run();
            }
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Keep it", event -> close()), cancel);
    }
}
