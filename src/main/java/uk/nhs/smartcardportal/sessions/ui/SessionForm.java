package uk.nhs.smartcardportal.sessions.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.base.ui.UkDatePickers;
import uk.nhs.smartcardportal.sessions.SessionDraft;
import uk.nhs.smartcardportal.sessions.SessionRow;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.sites.Site;

/** The fields of a session, typed in UK local time. The server checks every rule; this only collects the values. */
class SessionForm extends FormLayout {

    final Select<Site> site = new Select<>();
    final TextField room = new TextField("Room");
    final Select<String> knownRoom = new Select<>();
    final DatePicker date = UkDatePickers.create("Date");
    final TimePicker start = new TimePicker("Starts");
    final TimePicker end = new TimePicker("Ends");
    final IntegerField capacity = new IntegerField("Capacity (cards)");
    final TextField facilitators = new TextField("Facilitators");
    final TextArea notes = new TextArea("Notes");

    SessionForm(List<Site> sites) {
        site.setLabel("Site");
        site.setItems(sites);
        site.setItemLabelGenerator(value -> value == null ? "" : value.getName());
        site.setRequiredIndicatorVisible(true);
        room.setRequiredIndicatorVisible(true);
        knownRoom.setLabel("Rooms at this site");
        knownRoom.setEmptySelectionAllowed(true);
        knownRoom.setEmptySelectionCaption("Choose a room, or type one");
        knownRoom.setVisible(false);
        knownRoom.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                room.setValue(event.getValue());
            }
        });
        site.addValueChangeListener(event -> offerRoomsOf(event.getValue()));
        date.setRequiredIndicatorVisible(true);
        for (TimePicker time : List.of(start, end)) {
            time.setStep(Duration.ofMinutes(15));
            time.setLocale(Locale.UK);
            time.setRequiredIndicatorVisible(true);
        }
        start.setValue(LocalTime.of(10, 0));
        end.setValue(LocalTime.of(12, 0));
        capacity.setMin(1);
        capacity.setMax(SessionSchedulingService.CAPACITY_MAX);
        capacity.setStepButtonsVisible(true);
        capacity.setValue(10);
        capacity.setRequiredIndicatorVisible(true);
        facilitators.setHelperText("Who will hand the cards over");
        add(site, knownRoom, room, date, start, end, capacity, facilitators, notes);
        setColspan(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
    }

    /** The rooms the site lists, to pick from; a room of the site's is filled in when none is typed yet. */
    private void offerRoomsOf(Site chosen) {
        List<String> rooms = chosen == null ? List.of() : chosen.getRooms();
        knownRoom.setItems(rooms);
        knownRoom.setVisible(!rooms.isEmpty());
        if (!rooms.isEmpty() && room.getValue().isBlank()) {
            room.setValue(rooms.getFirst());
        }
    }

    /** The form's fields by the names the service gives them when it refuses a value. */
    FormErrors errors() {
        return new FormErrors()
                .on(SessionDraft.SITE, site)
                .on(SessionDraft.ROOM, room)
                .on(SessionDraft.DATE, date)
                .on(SessionDraft.START, start)
                .on(SessionDraft.END, end)
                .on(SessionDraft.CAPACITY, capacity)
                .on(SessionDraft.FACILITATORS, facilitators)
                .on(SessionDraft.NOTES, notes);
    }

    void fill(SessionRow row, Site rowSite) {
        site.setValue(rowSite);
        room.setValue(row.room());
        var startsAt = row.startsAt().atZone(uk.nhs.smartcardportal.base.UkTime.ZONE);
        date.setValue(startsAt.toLocalDate());
        start.setValue(startsAt.toLocalTime());
        end.setValue(
                row.endsAt().atZone(uk.nhs.smartcardportal.base.UkTime.ZONE).toLocalTime());
        capacity.setValue(row.capacity());
        facilitators.setValue(row.facilitators() == null ? "" : row.facilitators());
        notes.setValue(row.notes() == null ? "" : row.notes());
    }

    SessionDraft draft() {
        return new SessionDraft(
                site.getValue() == null ? null : site.getValue().getId(),
                room.getValue(),
                date.getValue(),
                start.getValue(),
                end.getValue(),
                capacity.getValue(),
                facilitators.getValue(),
                notes.getValue());
    }
}
