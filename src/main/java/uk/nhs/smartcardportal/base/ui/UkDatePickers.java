package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;

/** Date pickers that read and show dates the UK way (day/month/year), with a hint and a clear button. */
public final class UkDatePickers {

    private UkDatePickers() {
    }

    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        picker.setPlaceholder("dd/mm/yyyy");
        picker.setClearButtonVisible(true);
        return picker;
    }
}
