package uk.nhs.smartcardportal.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.base.ui.UkDatePickers;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffListService;

/** Workforce records the day a person leaves, and the NHS organisation they move to if any. */
public class LeavingDateForm extends FormLayout {

    private final DatePicker leavingDate = UkDatePickers.create("Leaving date");
    private final TextField leavingTo = new TextField("Moving to another NHS organisation (optional)");
    private final Button save = new Button("Record leaving date");
    private final FormErrors errors =
            new FormErrors().on(StaffListService.LEAVING_DATE, leavingDate).on(StaffListService.LEAVING_TO, leavingTo);

    public LeavingDateForm(
            StaffListService staffList, long staffId, String name, @Nullable Staff current, Runnable afterSave) {
        leavingTo.setHelperText("Name it and they keep their card; leave it empty and the card is to be returned.");
        if (current != null) {
            leavingDate.setValue(current.getLeavingDate());
            leavingTo.setValue(current.getLeavingTo() == null ? "" : current.getLeavingTo());
        }
        save.setDisableOnClick(true);
        save.addClickListener(event -> {
            if (UkDatePickers.unreadable(leavingDate)) {
                save.setEnabled(true);
                return;
            }
            if (errors.attempt(
                    save,
                    () -> staffList.recordLeavingDate(staffId, leavingDate.getValue(), leavingTo.getValue()),
                    "Recorded " + name + "'s leaving date. From that day their requests and bookings are withdrawn "
                            + "and they can no longer sign in.")) {
                afterSave.run();
            }
        });
        add(leavingDate, leavingTo, save);
        setMaxWidth(Staff.LEAVING_TO_MAX / 3 + "rem");
    }
}
