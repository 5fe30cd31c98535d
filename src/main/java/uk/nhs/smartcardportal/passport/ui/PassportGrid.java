package uk.nhs.smartcardportal.passport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.passport.MyPassport;
import uk.nhs.smartcardportal.passport.PassportFilter;
import uk.nhs.smartcardportal.passport.PassportOutcome;
import uk.nhs.smartcardportal.passport.PassportRow;
import uk.nhs.smartcardportal.passport.StaffGroup;

/**
 * A lazy, paged list of passport answers with its filters, shared by the manager's team page and the Workforce
 * Systems Team's page. The list's source decides who is in it.
 */
class PassportGrid {

    final Grid<PassportRow> grid = new Grid<>();
    final Select<PassportOutcome> outcome = new Select<>();
    final Select<StaffGroup> staffGroup = new Select<>();
    final TextField text = new TextField("Name or employee number");
    final Checkbox expiringSoon = new Checkbox("Training expiring within 30 days");

    /**
     * @param rows  where the rows come from: the manager's team, or everyone
     * @param count how many rows the filter finds there, or null for everyone: a list of a whole trust is read page
     *              by page as it scrolls, not counted on each change of filter
     */
    PassportGrid(
            BiFunction<PassportFilter, Pageable, List<PassportRow>> rows,
            ToLongFunction<PassportFilter> count,
            String rowAction,
            Consumer<PassportRow> onAction) {
        outcome.setLabel("Answer");
        outcome.setItems(PassportOutcome.values());
        outcome.setItemLabelGenerator(value -> value == null ? "Any answer" : value.label());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption("Any answer");
        staffGroup.setLabel("Staff group");
        staffGroup.setItems(StaffGroup.values());
        staffGroup.setItemLabelGenerator(value -> value == null ? "Any staff group" : value.label());
        staffGroup.setEmptySelectionAllowed(true);
        staffGroup.setEmptySelectionCaption("Any staff group");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        Stream.of(outcome, staffGroup).forEach(select -> select.addValueChangeListener(event -> refresh()));
        text.addValueChangeListener(event -> refresh());
        expiringSoon.addValueChangeListener(event -> refresh());

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PassportRow::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(PassportRow::employeeNumber).setHeader("Employee number").setAutoWidth(true);
        grid.addColumn(row -> row.staffGroup() == null ? "Not recorded" : row.staffGroup())
                .setHeader("Staff group")
                .setFlexGrow(2);
        grid.addColumn(row -> row.outcome() == null
                        ? "Not worked out yet"
                        : row.outcome().label())
                .setHeader("Answer")
                .setAutoWidth(true);
        grid.addColumn(row -> row.toDo() == null ? "" : String.valueOf(row.toDo()))
                .setHeader("To do")
                .setAutoWidth(true);
        grid.addColumn(row -> row.nextExpiry() == null ? "" : UkTime.DATE.format(row.nextExpiry()))
                .setHeader("Next training expiry")
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<PassportRow>of("<vaadin-button theme=\"tertiary\" aria-label=\"${item.label}\" "
                                + "@click=\"${act}\">" + rowAction + "</vaadin-button>")
                        .withProperty("label", row -> rowAction + ": " + row.name())
                        .withFunction("act", onAction::accept))
                .setHeader("Action")
                .setAutoWidth(true);
        if (count == null) {
            grid.setItemsPageable(page -> rows.apply(filter(), page));
        } else {
            grid.setItemsPageable(page -> rows.apply(filter(), page), page -> (int) count.applyAsLong(filter()));
        }
        grid.setEmptyStateText("No one matches.");
    }

    PassportFilter filter() {
        return new PassportFilter(
                outcome.getValue(),
                staffGroup.getValue() == null ? null : staffGroup.getValue().label(),
                text.getValue(),
                expiringSoon.getValue());
    }

    FlexLayout filters() {
        FlexLayout filters = new FlexLayout(outcome, staffGroup, text, expiringSoon);
        filters.addClassName("portal-filters");
        return filters;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    static String counts(Map<PassportOutcome, Long> counts) {
        return Stream.of(PassportOutcome.values())
                .map(value -> value.label() + ": " + counts.get(value))
                .collect(Collectors.joining(" · "));
    }

    static void showInDialog(String title, MyPassport passport) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(new PassportAnswer(passport, false));
        Button close = new Button("Close", event -> dialog.close());
        dialog.getFooter().add(close);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }
}
