package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.base.ConcurrentChangeException;
import uk.nhs.smartcardportal.base.DatabaseUnavailable;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.RuleViolationException;

/**
 * The one place unexpected errors in a click or an edit end up: the person gets a friendly notification with a
 * reference id, the log gets the stack trace under the same id.
 */
@Component
class PortalErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    private final PortalProperties portal;

    PortalErrorHandler(PortalProperties portal) {
        this.portal = portal;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = new Notification(message, 10_000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setAssertive(true);
            notification.open();
        }
    }

    private String messageFor(Throwable error) {
        RuleViolationException refusal = causeOfType(error, RuleViolationException.class);
        if (refusal != null) {
            return refusal.getMessage();
        }
        RecordNotFoundException notFound = causeOfType(error, RecordNotFoundException.class);
        if (notFound != null) {
            return notFound.getMessage();
        }
        if (causeOfType(error, OptimisticLockingFailureException.class) != null) {
            return new ConcurrentChangeException("record").getMessage();
        }
        if (DatabaseUnavailable.causedBy(error)) {
            log.warn("Database out of reach: {}", error.toString());
            return DatabaseUnavailable.MESSAGE;
        }
        if (causeOfType(error, AccessDeniedException.class) != null) {
            log.warn("Refused: {}", error.toString());
            return "You do not have permission to do that.";
        }
        String id = ErrorReference.next();
        log.error("Error reference {}", id, error);
        return "Sorry, something went wrong and the change was not saved. If it happens again, contact the "
                + portal.supportTeam() + " and quote reference " + id + ".";
    }

    private static <T extends Throwable> T causeOfType(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
