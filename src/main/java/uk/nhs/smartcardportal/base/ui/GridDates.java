package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import java.time.Instant;
import uk.nhs.smartcardportal.base.UkTime;

/** Date columns that keep each date on one line, however the other columns wrap. */
public final class GridDates {

    private static final char NO_BREAK_SPACE = '\u00A0';

    private GridDates() {}

    public static <T> Grid.Column<T> date(Grid<T> grid, ValueProvider<T, Instant> value, String header) {
        return column(grid, row -> value.apply(row) == null ? "" : UkTime.date(value.apply(row)), header);
    }

    public static <T> Grid.Column<T> dateTime(Grid<T> grid, ValueProvider<T, Instant> value, String header) {
        return column(grid, row -> value.apply(row) == null ? "" : UkTime.dateTime(value.apply(row)), header);
    }

    private static <T> Grid.Column<T> column(Grid<T> grid, ValueProvider<T, String> text, String header) {
        return grid.addColumn(row -> text.apply(row).replace(' ', NO_BREAK_SPACE))
                .setHeader(header)
                .setAutoWidth(true)
                .setFlexGrow(0);
    }
}
