package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.RuleViolationException;

/** Runs what a person asked for and tells them how it went, in words written for them. */
public final class Feedback {

    private Feedback() {
    }

    /** Runs the action; on success shows the message, on a refusal shows why. Returns whether it worked. */
    public static boolean attempt(Runnable action, String success) {
        try {
            action.run();
        } catch (RuleViolationException | RecordNotFoundException refusal) {
            problem(refusal.getMessage());
            return false;
        }
        if (success != null) {
            Notification notification = Notification.show(success, 5000, Notification.Position.BOTTOM_START);
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
        return true;
    }

    public static void problem(String message) {
        Notification notification = new Notification(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setAssertive(true);
        notification.open();
    }
}
