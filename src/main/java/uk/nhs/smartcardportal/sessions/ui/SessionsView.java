package uk.nhs.smartcardportal.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.base.ui.UkDatePickers;
import uk.nhs.smartcardportal.base.ui.ViewSwitcher;
import uk.nhs.smartcardportal.sessions.SessionFilter;
import uk.nhs.smartcardportal.sessions.SessionRow;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.sessions.SessionStatus;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteService;

/** The Workforce Systems Team's collection sessions: a filterable list, a week and a month, and scheduling. */
@Route("sessions")
@PageTitle("Collection sessions · Smartcard Portal")
@InMenuGroup(MenuGroup.SESSIONS)
@Menu(title = "Collection sessions", order = 45, icon = "vaadin:calendar")
@RolesAllowed(Roles.WORKFORCE)
class SessionsView extends Main {

    private static final int CALENDAR_MAX = 1000;

    private final SessionSchedulingService scheduling;
    private final SiteService siteService;
    private final Clock clock;
    private final Grid<SessionRow> grid = new Grid<>();
    private final Select<Site> site = new Select<>();
    private final Select<SessionStatus> status = new Select<>();
    private final DatePicker from = UkDatePickers.create("From");
    private final DatePicker to = UkDatePickers.create("To");
    private final SessionCalendar week;
    private final SessionCalendar month;
    private final List<SessionDayLinks> dayLinks;

    SessionsView(
            SessionSchedulingService scheduling, SiteService siteService, List<SessionDayLinks> dayLinks, Clock clock) {
        this.scheduling = scheduling;
        this.dayLinks = dayLinks;
        this.siteService = siteService;
        this.clock = clock;
        addClassName("portal-page");

        Button newSession = new Button(
                "New session",
                event -> SessionDialog.newSession(scheduling, siteService.activeCollectionSites(), this::refresh)
                        .open());
        newSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button newSeries = new Button(
                "New weekly series",
                event -> SessionDialog.newSeries(scheduling, siteService.activeCollectionSites(), this::refresh)
                        .open());
        FlexLayout actions = new FlexLayout(newSession, newSeries);
        actions.addClassName("portal-actions");

        site.setLabel("Site");
        site.setItems(siteService.activeCollectionSites());
        site.setItemLabelGenerator(value -> value == null ? "Any site" : value.getName());
        site.setEmptySelectionAllowed(true);
        site.setEmptySelectionCaption("Any site");
        status.setLabel("Status");
        status.setItems(SessionStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "Any status" : label(value));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setValue(SessionStatus.SCHEDULED);
        from.setValue(LocalDate.now(clock));
        site.addValueChangeListener(event -> refresh());
        status.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        FlexLayout filters = new FlexLayout(site, status, from, to);
        filters.addClassName("portal-filters");

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> UkTime.span(row.startsAt(), row.endsAt()))
                .setHeader("When")
                .setFlexGrow(3);
        grid.addColumn(SessionRow::siteName).setHeader("Site").setFlexGrow(2);
        grid.addColumn(SessionRow::room).setHeader("Room").setFlexGrow(1);
        grid.addColumn(row -> row.booked() + " of " + row.capacity())
                .setHeader("Booked")
                .setAutoWidth(true);
        grid.addColumn(row -> row.facilitators() == null ? "" : row.facilitators())
                .setHeader("Facilitators")
                .setFlexGrow(1);
        grid.addColumn(row -> row.status() == SessionStatus.CANCELLED && row.cancelledReason() != null
                        ? "Cancelled: " + row.cancelledReason()
                        : label(row.status()))
                .setHeader("Status")
                .setFlexGrow(1)
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<SessionRow>of("<div class=\"grid-actions\">"
                                + "<vaadin-button ?hidden=\"${!item.changeable}\" aria-label=\"Change the session on ${item.when} at "
                                + "${item.site}\" @click=\"${change}\">Change</vaadin-button>"
                                + "<vaadin-button ?hidden=\"${!item.changeable}\" aria-label=\"Cancel the session on ${item.when} at "
                                + "${item.site}\" @click=\"${cancel}\">Cancel</vaadin-button></div>")
                        .withProperty("site", row -> row.siteName() + ", " + row.room())
                        .withProperty("changeable", this::changeable)
                        .withProperty("when", row -> UkTime.span(row.startsAt(), row.endsAt()))
                        .withFunction("change", this::openEdit)
                        .withFunction("cancel", row -> new CancelSessionDialog(row, scheduling, this::refresh).open()))
                .setHeader("Actions")
                .setAutoWidth(true);
        if (!dayLinks.isEmpty()) {
            grid.addComponentColumn(this::dayLinks).setHeader("On the day").setAutoWidth(true);
        }
        // No count: counting every session to come grows with the years planned ahead; the list grows as it scrolls.
        grid.setItemsPageable(pageable -> scheduling.rows(filter(from.getValue(), to.getValue()), pageable));
        grid.setAriaLabel("Collection sessions");
        grid.setEmptyStateText("No sessions match.");

        week = new SessionCalendar(
                SessionCalendar.Period.WEEK, () -> LocalDate.now(clock), this::between, this::openEdit);
        month = new SessionCalendar(
                SessionCalendar.Period.MONTH, () -> LocalDate.now(clock), this::between, this::openEdit);
        ViewSwitcher views = new ViewSwitcher("Show the sessions as");
        views.add("List", new Div(filters, grid));
        views.add("Week", week);
        views.add("Month", month);
        views.setWidthFull();
        views.addSelectionListener(index -> {
            switch (index) {
                case 1 -> week.show();
                case 2 -> month.show();
                default -> {
                    // the list loads as the grid asks
                }
            }
        });
        add(new H1("Collection sessions"), actions, views);
    }

    private Div dayLinks(SessionRow row) {
        Div links = new Div();
        links.addClassName("grid-actions");
        if (row.status() == SessionStatus.SCHEDULED) {
            dayLinks.stream()
                    .flatMap(provider -> provider.linksFor(row).stream())
                    .forEach(link -> {
                        Anchor anchor = new Anchor(link.href(), link.label());
                        anchor.getElement().setAttribute("aria-label", link.ariaLabel());
                        links.add(anchor);
                    });
        }
        return links;
    }

    private static String label(SessionStatus status) {
        return switch (status) {
            case SCHEDULED -> "Scheduled";
            case CANCELLED -> "Cancelled";
            case COMPLETED -> "Closed";
        };
    }

    private boolean changeable(SessionRow row) {
        return row.status() == SessionStatus.SCHEDULED && row.startsAt().isAfter(clock.instant());
    }

    private SessionFilter filter(LocalDate fromDate, LocalDate toDate) {
        return new SessionFilter(
                site.getValue() == null ? null : site.getValue().getId(), fromDate, toDate, status.getValue());
    }

    private List<SessionRow> between(LocalDate fromDate, LocalDate toDate) {
        return scheduling.rows(
                new SessionFilter(
                        site.getValue() == null ? null : site.getValue().getId(), fromDate, toDate, null),
                PageRequest.of(0, CALENDAR_MAX));
    }

    private void openEdit(SessionRow row) {
        if (!changeable(row)) {
            return;
        }
        // the sites as they are now: one may have been added since the page opened
        List<Site> sites = siteService.activeCollectionSites();
        Site rowSite = sites.stream()
                .filter(candidate -> candidate.getId().equals(row.siteId()))
                .findFirst()
                .orElse(null);
        SessionDialog.edit(row, rowSite, scheduling, sites, this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        week.refresh();
        month.refresh();
    }
}
