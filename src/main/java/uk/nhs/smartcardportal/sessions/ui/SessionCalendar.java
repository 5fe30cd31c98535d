package uk.nhs.smartcardportal.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.sessions.SessionRow;
import uk.nhs.smartcardportal.sessions.SessionStatus;

/** A week or a month of sessions, day by day, rendered on the server; each session opens for editing. */
class SessionCalendar extends Div {

    enum Period {
        WEEK,
        MONTH
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_HEADING = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    interface Source {
        List<SessionRow> between(LocalDate from, LocalDate to);
    }

    private final Period span;
    private final Source source;
    private final Consumer<SessionRow> open;
    private final H3 title = new H3();
    private final Div days = new Div();
    private LocalDate anchor;
    private boolean shown;

    SessionCalendar(Period span, Supplier<LocalDate> today, Source source, Consumer<SessionRow> open) {
        this.span = span;
        this.source = source;
        this.open = open;
        this.anchor = today.get();
        addClassNames("session-calendar", span == Period.WEEK ? "session-week" : "session-month");
        String unit = span == Period.WEEK ? "week" : "month";
        Button previous = new Button("Previous " + unit, event -> move(-1));
        Button current = new Button("This " + unit, event -> {
            anchor = today.get();
            refresh();
        });
        Button next = new Button("Next " + unit, event -> move(1));
        FlexLayout navigation = new FlexLayout(previous, current, next, title);
        navigation.addClassName("calendar-navigation");
        days.addClassName("calendar-days");
        days.getElement().setAttribute("role", "list");
        add(navigation, days);
    }

    /** Loads the sessions the first time the calendar is shown: a tab not opened costs no queries. */
    void show() {
        if (!shown) {
            shown = true;
            refresh();
        }
    }

    private void move(int steps) {
        anchor = span == Period.WEEK ? anchor.plusWeeks(steps) : anchor.plusMonths(steps);
        refresh();
    }

    void refresh() {
        if (!shown) {
            return;
        }
        LocalDate from = span == Period.WEEK
                ? anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : anchor.withDayOfMonth(1);
        LocalDate to = span == Period.WEEK ? from.plusDays(6) : anchor.with(TemporalAdjusters.lastDayOfMonth());
        title.setText(span == Period.WEEK ? "Week of " + UkTime.DATE.format(from) : MONTH.format(from));
        Map<LocalDate, List<SessionRow>> byDay = source.between(from, to).stream()
                .collect(Collectors.groupingBy(
                        row -> row.startsAt().atZone(UkTime.ZONE).toLocalDate()));
        days.removeAll();
        if (span == Period.MONTH) {
            for (int blank = 1; blank < from.getDayOfWeek().getValue(); blank++) {
                Div filler = new Div();
                filler.addClassName("calendar-filler");
                filler.getElement().setAttribute("aria-hidden", "true");
                days.add(filler);
            }
        }
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day(day, byDay.getOrDefault(day, List.of())));
        }
    }

    private Div day(LocalDate date, List<SessionRow> sessions) {
        Div day = new Div();
        day.addClassName("calendar-day");
        day.getElement().setAttribute("role", "listitem");
        Div heading = new Div(DAY_HEADING.format(date));
        heading.addClassName("calendar-day-heading");
        day.add(heading);
        if (sessions.isEmpty() && span == Period.WEEK) {
            Span none = new Span("No sessions");
            none.addClassName("calendar-none");
            day.add(none);
        }
        for (SessionRow session : sessions) {
            String text = UkTime.TIME.format(session.startsAt().atZone(UkTime.ZONE)) + "–"
                    + UkTime.TIME.format(session.endsAt().atZone(UkTime.ZONE)) + " " + session.siteName() + ", "
                    + session.room() + " · " + session.booked() + " of " + session.capacity() + " booked"
                    + (session.status() == SessionStatus.CANCELLED ? " · cancelled" : "");
            Button entry = new Button(text, event -> open.accept(session));
            entry.addClassName("calendar-session");
            if (session.status() == SessionStatus.CANCELLED) {
                entry.addClassName("calendar-session-cancelled");
            }
            day.add(entry);
        }
        return day;
    }
}
