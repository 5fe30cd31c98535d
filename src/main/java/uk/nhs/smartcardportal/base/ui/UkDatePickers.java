package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;

/** Date pickers that read and show dates the UK way (day/month/year), with a hint and a clear button. */
public final class UkDatePickers {

    private UkDatePickers() {}

    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        picker.setPlaceholder("dd/mm/yyyy");
        picker.setClearButtonVisible(true);
        return picker;
    }

    /**
     * Whether the picker holds text that is not a date (it then has no value): the field says so itself, so the
     * form is not sent as if the date had been left empty.
     */
    public static boolean unreadable(DatePicker picker) {
        if (!picker.isInvalid() || picker.getValue() != null) {
            return false;
        }
        picker.setErrorMessage("Write the date as day/month/year, for example 05/01/2027.");
        return true;
    }
}
