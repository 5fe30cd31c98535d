package uk.nhs.smartcardportal.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.security.CurrentUser;

/** Sends a signed-in person without a staff record to the page that explains it, whatever they opened. */
@Component
class StaffRecordGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    StaffRecordGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == NoStaffRecordView.class || target == RecordEndedView.class || target == SignedOutView.class) {
            return;
        }
        currentUser
                .get()
                .filter(user -> !user.hasStaffRecord())
                .ifPresent(
                        user -> event.forwardTo(user.recordEnded() ? RecordEndedView.class : NoStaffRecordView.class));
    }
}
