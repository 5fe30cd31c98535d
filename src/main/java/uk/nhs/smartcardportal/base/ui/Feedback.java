package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.RuleViolationException;

/** Runs what a person asked for and tells them how it went, in words written for them. */
public final class Feedback {

    private static final Logger log = LoggerFactory.getLogger(Feedback.class);
    private static final String LAST_PROBLEM = "portal-last-problem";

    private Feedback() {}

    /** Runs the action; on success shows the message, on a refusal shows why. Returns whether it worked. */
    public static boolean attempt(Runnable action, String success) {
        try {
            action.run();
        } catch (RuntimeException error) {
            // a refusal may arrive wrapped, as when the last check runs while the change is being committed
            RuntimeException refusal = refusalIn(error);
            if (refusal == null) {
                throw error;
            }
            problem(refusal.getMessage());
            return false;
        }
        if (success != null) {
            success(success);
        }
        return true;
    }

    static RuntimeException refusalIn(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolationException || cause instanceof RecordNotFoundException) {
                return (RuntimeException) cause;
            }
        }
        return null;
    }

    public static void success(String message) {
        clearProblem();
        Notification notification = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Takes away the message of an earlier failed try, which a later success makes untrue. */
    public static void clearProblem() {
        UI ui = UI.getCurrent();
        if (ui != null && ComponentUtil.getData(ui, LAST_PROBLEM) instanceof Notification shown) {
            shown.close();
            ComponentUtil.setData(ui, LAST_PROBLEM, null);
        }
    }

    /** Something broke that the person cannot put right: logged with a reference they can quote. */
    public static void fault(String what, Throwable cause) {
        String id = ErrorReference.next();
        log.error("{} failed (reference {})", what, id, cause);
        problem(what + " stopped because of a fault, and nothing was changed. If it happens again, contact the "
                + "Workforce Systems Team and quote reference " + id + ".");
    }

    public static void problem(String message) {
        clearProblem();
        Notification notification = new Notification(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setAssertive(true);
        notification.open();
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.setData(ui, LAST_PROBLEM, notification);
        }
    }
}
