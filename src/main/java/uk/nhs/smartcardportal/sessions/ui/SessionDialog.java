package uk.nhs.smartcardportal.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.smartcardportal.base.Counted;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.base.ui.UkDatePickers;
import uk.nhs.smartcardportal.sessions.SeriesDraft;
import uk.nhs.smartcardportal.sessions.SessionRow;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.sites.Site;

/** Schedules a session or a weekly series, or edits one session. */
class SessionDialog extends Dialog {

    private record Week(LocalDate planned, Checkbox include, DatePicker moveTo) {}

    private final SessionSchedulingService scheduling;
    private final SessionForm form;
    private final Runnable afterSave;
    private final IntegerField weeks = new IntegerField("Number of weeks");
    private final Div weekList = new Div();
    private final List<Week> seriesWeeks = new ArrayList<>();

    private SessionDialog(String title, SessionSchedulingService scheduling, List<Site> sites, Runnable afterSave) {
        this.scheduling = scheduling;
        this.form = new SessionForm(sites);
        this.afterSave = afterSave;
        setHeaderTitle(title);
        setWidth("min(44rem, 100vw)");
        add(form);
    }

    static SessionDialog newSession(SessionSchedulingService scheduling, List<Site> sites, Runnable afterSave) {
        SessionDialog dialog = new SessionDialog("New collection session", scheduling, sites, afterSave);
        dialog.addFooter("Schedule session", () -> scheduling.schedule(dialog.form.draft()), "Session scheduled.");
        return dialog;
    }

    static SessionDialog newSeries(SessionSchedulingService scheduling, List<Site> sites, Runnable afterSave) {
        SessionDialog dialog = new SessionDialog("New weekly series", scheduling, sites, afterSave);
        dialog.form.date.setLabel("First date");
        dialog.weeks.setMin(1);
        dialog.weeks.setMax(SeriesDraft.MAX_WEEKS);
        dialog.weeks.setValue(12);
        dialog.weeks.setStepButtonsVisible(true);
        dialog.weeks.addValueChangeListener(event -> dialog.listWeeks());
        dialog.form.date.addValueChangeListener(event -> dialog.listWeeks());
        dialog.weekList.addClassName("series-weeks");
        dialog.add(
                dialog.weeks,
                new H3("Weeks"),
                new Paragraph("Untick a week to leave it out, or change its date "
                        + "to move that one session (it keeps its times)."),
                dialog.weekList);
        dialog.addFooter("Schedule series", () -> scheduling.scheduleSeries(dialog.series()), "Series scheduled.");
        return dialog;
    }

    static SessionDialog edit(
            SessionRow row, Site site, SessionSchedulingService scheduling, List<Site> sites, Runnable afterSave) {
        SessionDialog dialog = new SessionDialog("Change session", scheduling, sites, afterSave);
        dialog.form.fill(row, site);
        if (row.booked() > 0) {
            dialog.add(new Paragraph(Counted.of(row.booked(), "card is", "cards are") + " booked onto this session. "
                    + "If you change its time or room, " + (row.booked() == 1 ? "its holder is" : "their holders are")
                    + " told."));
        }
        dialog.addFooter(
                "Save changes",
                () -> scheduling.update(row.id(), row.version(), dialog.form.draft()),
                "Session changed.");
        return dialog;
    }

    private void addFooter(String action, Runnable save, String success) {
        FormErrors errors = form.errors().on(SeriesDraft.WEEKS, weeks);
        Button saveButton = new Button(action);
        saveButton.setDisableOnClick(true);
        saveButton.addClickListener(event -> {
            if (errors.attempt(saveButton, save, success)) {
                close();
                afterSave.run();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Back", event -> close()), saveButton);
    }

    private void listWeeks() {
        weekList.removeAll();
        seriesWeeks.clear();
        LocalDate first = form.date.getValue();
        Integer count = weeks.getValue();
        if (first == null || count == null || count < 1 || count > SeriesDraft.MAX_WEEKS) {
            return;
        }
        for (int week = 0; week < count; week++) {
            LocalDate planned = first.plusWeeks(week);
            Checkbox include = new Checkbox(UkTime.DAY.format(planned), true);
            DatePicker moveTo = UkDatePickers.create("Move to");
            moveTo.setValue(planned);
            moveTo.setClearButtonVisible(false);
            moveTo.setAriaLabel("Date for the week of " + UkTime.DATE.format(planned));
            include.addValueChangeListener(event -> moveTo.setEnabled(event.getValue()));
            FlexLayout row = new FlexLayout(include, moveTo);
            row.addClassName("series-week");
            weekList.add(row);
            seriesWeeks.add(new Week(planned, include, moveTo));
        }
    }

    private SeriesDraft series() {
        Set<LocalDate> skipped = new HashSet<>();
        Map<LocalDate, LocalDate> moved = new HashMap<>();
        for (Week week : seriesWeeks) {
            if (!week.include().getValue()) {
                skipped.add(week.planned());
            } else if (week.moveTo().getValue() != null
                    && !week.moveTo().getValue().equals(week.planned())) {
                moved.put(week.planned(), week.moveTo().getValue());
            }
        }
        return new SeriesDraft(form.draft(), weeks.getValue() == null ? 0 : weeks.getValue(), skipped, moved);
    }
}
