package uk.nhs.smartcardportal.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import uk.nhs.smartcardportal.audit.AuditEvent;
import uk.nhs.smartcardportal.audit.AuditFilter;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.GridDates;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.base.ui.PageLayout;

/** The audit trail for the Workforce Systems Team: who did what to which thing, when; newest first. */
@Route("audit")
@PageTitle("Audit trail · Smartcard Portal")
@InMenuGroup(MenuGroup.PEOPLE_AND_SETTINGS)
@Menu(title = "Audit trail", order = 90, icon = "vaadin:list-select")
@RolesAllowed(Roles.WORKFORCE)
class AuditView extends Main {

    private final AuditService audit;
    private final Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
    private final TextField actor = filterField("Who");
    private final TextField action = filterField("Action");
    private final TextField entityType = filterField("Thing (type)");
    private final TextField entityId = filterField("Thing (id)");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");

    AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("portal-page");
        add(new H1("Audit trail"));

        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        FlexLayout filters = new FlexLayout(actor, action, entityType, entityId, from, to);
        filters.addClassName("portal-filters");
        add(filters);

        GridDates.dateTime(grid, AuditEvent::getOccurredAt, "When")
                .setSortProperty("occurredAt")
                .setKey("occurredAt");
        grid.addColumn(AuditEvent::getActorName)
                .setHeader("Who")
                .setSortProperty("actorName")
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::getAction)
                .setHeader("Action")
                .setSortProperty("action")
                .setAutoWidth(true);
        grid.addColumn(event -> event.getEntityType() + " " + nullToEmpty(event.getEntityId()))
                .setHeader("Thing")
                .setAutoWidth(true);
        grid.addColumn(event -> AuditValues.readable(event.getBeforeValue()))
                .setHeader("Before")
                .setFlexGrow(1);
        grid.addColumn(event -> AuditValues.readable(event.getAfterValue()))
                .setHeader("After")
                .setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(AuditView::detailsOf));
        grid.setDetailsVisibleOnClick(false);
        grid.addItemClickListener(
                click -> grid.setDetailsVisible(click.getItem(), !grid.isDetailsVisible(click.getItem())));
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("occurredAt"), SortDirection.DESCENDING)));
        // A million events and more: no exact count (it would cost a scan); the grid loads more as people scroll.
        grid.setItemsPageable(pageable -> audit.page(currentFilter(), newestFirstByDefault(pageable)));
        grid.setAriaLabel("Audit events");
        grid.setSizeFull();
        add(grid);
        PageLayout.fillWithGrid(this, grid);
        setSizeFull();
    }

    /** The full values, which the columns cut short; shown when a row is clicked. */
    private static Div detailsOf(AuditEvent event) {
        Div details = new Div();
        details.addClassName("portal-audit-details");
        details.add(new Pre("Before: "
                + (event.getBeforeValue() == null
                        ? "(nothing)"
                        : AuditValues.readable(event.getBeforeValue()).replace(" · ", "\n        "))));
        details.add(new Pre("After: "
                + (event.getAfterValue() == null
                        ? "(nothing)"
                        : AuditValues.readable(event.getAfterValue()).replace(" · ", "\n       "))));
        return details;
    }

    private TextField filterField(String label) {
        TextField field = new TextField(label);
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(event -> refresh());
        return field;
    }

    private AuditFilter currentFilter() {
        return new AuditFilter(
                actor.getValue(),
                action.getValue(),
                entityType.getValue(),
                entityId.getValue(),
                from.getValue(),
                to.getValue());
    }

    private static Pageable newestFirstByDefault(Pageable pageable) {
        Sort sort = pageable.getSort().isSorted()
                ? pageable.getSort().and(Sort.by(Sort.Order.desc("id")))
                : Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
