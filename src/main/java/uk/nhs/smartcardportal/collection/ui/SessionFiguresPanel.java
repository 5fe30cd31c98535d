package uk.nhs.smartcardportal.collection.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.LocalDate;
import java.util.function.Supplier;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.UkDatePickers;
import uk.nhs.smartcardportal.collection.SessionFiguresService;
import uk.nhs.smartcardportal.collection.SessionOutcome;
import uk.nhs.smartcardportal.collection.SiteWeekUtilisation;

/** How sessions went: utilisation per site and week, and each session's bookings and collections. */
class SessionFiguresPanel extends Div {

    private final SessionFiguresService figures;
    private final Supplier<Long> siteId;
    private final DatePicker from = UkDatePickers.create("From");
    private final DatePicker to = UkDatePickers.create("To");
    private final Grid<SiteWeekUtilisation> weeks = new Grid<>();
    private final Grid<SessionOutcome> outcomes = new Grid<>();
    private boolean shown;

    SessionFiguresPanel(SessionFiguresService figures, Supplier<Long> siteId, LocalDate today) {
        this.figures = figures;
        this.siteId = siteId;
        from.setValue(today.minusWeeks(4));
        to.setValue(today.plusWeeks(4));
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        FlexLayout range = new FlexLayout(from, to);
        range.addClassName("portal-filters");

        weeks.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        weeks.addColumn(week -> UkTime.DATE.format(week.weekStarting()))
                .setHeader("Week starting")
                .setAutoWidth(true);
        weeks.addColumn(SiteWeekUtilisation::siteName).setHeader("Site").setFlexGrow(2);
        weeks.addColumn(SiteWeekUtilisation::sessions).setHeader("Sessions").setAutoWidth(true);
        weeks.addColumn(SiteWeekUtilisation::capacity).setHeader("Places").setAutoWidth(true);
        weeks.addColumn(SiteWeekUtilisation::booked).setHeader("Booked").setAutoWidth(true);
        weeks.addColumn(week -> week.percentBooked() + "%")
                .setHeader("Utilisation")
                .setAutoWidth(true);
        weeks.addColumn(SiteWeekUtilisation::collected).setHeader("Collected").setAutoWidth(true);
        weeks.setAriaLabel("Utilisation by site and week");
        weeks.setAllRowsVisible(true);
        weeks.setEmptyStateText("No sessions in these dates.");

        outcomes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        outcomes.addColumn(outcome -> UkTime.span(
                        outcome.session().startsAt(), outcome.session().endsAt()))
                .setHeader("Session")
                .setFlexGrow(3);
        outcomes.addColumn(outcome ->
                        outcome.session().siteName() + ", " + outcome.session().room())
                .setHeader("Where")
                .setFlexGrow(2);
        outcomes.addColumn(SessionOutcome::allocated).setHeader("Allocated").setAutoWidth(true);
        outcomes.addColumn(SessionOutcome::collected).setHeader("Collected").setAutoWidth(true);
        outcomes.addColumn(SessionOutcome::notCollected)
                .setHeader("Not collected")
                .setAutoWidth(true);
        outcomes.setAriaLabel("Each session's figures");
        outcomes.setEmptyStateText("No sessions in these dates.");

        add(range, new H3("Utilisation by site and week"), weeks, new H3("Each session"), outcomes);
    }

    /** Counts the figures the first time the panel is shown: a tab not opened costs no queries. */
    void show() {
        if (!shown) {
            shown = true;
            refresh();
        }
    }

    void refresh() {
        if (!shown) {
            return;
        }
        weeks.setItems(figures.utilisation(from.getValue(), to.getValue(), siteId.get()));
        outcomes.setItems(figures.outcomes(from.getValue(), to.getValue(), siteId.get()));
    }
}
