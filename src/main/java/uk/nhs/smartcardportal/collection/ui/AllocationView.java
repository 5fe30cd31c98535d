package uk.nhs.smartcardportal.collection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.smartcardportal.base.Counted;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.ui.GridDates;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.base.ui.PageLayout;
import uk.nhs.smartcardportal.collection.AllocationPlan;
import uk.nhs.smartcardportal.collection.AllocationRefusedException;
import uk.nhs.smartcardportal.collection.AllocationService;
import uk.nhs.smartcardportal.collection.AllocationSuggestion;
import uk.nhs.smartcardportal.collection.PlannedAllocation;
import uk.nhs.smartcardportal.sessions.SessionRow;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteService;

/** Books cards waiting in the store onto sessions: a suggested plan, adjusted card by card, then booked at once. */
@Route("allocate")
@PageTitle("Book cards onto sessions · Smartcard Portal")
@InMenuGroup(MenuGroup.SESSIONS)
@Menu(title = "Book cards", order = 46, icon = "vaadin:calendar-user")
@RolesAllowed(Roles.WORKFORCE)
class AllocationView extends Main {

    private final AllocationService allocation;
    private final Grid<AllocationSuggestion> grid = new Grid<>();
    private final Select<Site> site = new Select<>();
    private final Button book = new Button("Book the planned cards");
    private final Map<Long, SessionRow> chosen = new HashMap<>();
    private final Map<Long, String> problems = new HashMap<>();
    private AllocationPlan plan = new AllocationPlan(List.of(), Map.of());

    AllocationView(AllocationService allocation, SiteService sites) {
        this.allocation = allocation;
        addClassName("portal-page");
        add(
                new H1("Book cards onto sessions"),
                new Paragraph("Cards waiting in the store, oldest first, each with "
                        + "the earliest session at its collection site that has room. Change any session, then book them "
                        + "all at once. Capacity is checked again as they are booked."));
        site.setLabel("Collection site");
        site.setItems(sites.activeCollectionSites());
        site.setItemLabelGenerator(value -> value == null ? "Every site" : value.getName());
        site.setEmptySelectionAllowed(true);
        site.setEmptySelectionCaption("Every site");
        site.addValueChangeListener(event -> suggest());
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClickListener(event -> bookPlan());
        FlexLayout toolbar = new FlexLayout(site, book);
        toolbar.addClassName("portal-filters");

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(suggestion -> suggestion.card().fullName())
                .setHeader("Name")
                .setFlexGrow(2);
        grid.addColumn(suggestion -> suggestion.card().employeeNumber())
                .setHeader("Employee number")
                .setAutoWidth(true);
        grid.addColumn(suggestion -> suggestion.card().serial())
                .setHeader("Card number")
                .setAutoWidth(true);
        grid.addColumn(suggestion -> suggestion.card().siteName())
                .setHeader("Collection site")
                .setFlexGrow(2);
        GridDates.date(grid, suggestion -> suggestion.card().waitingSince(), "Waiting since");
        grid.addComponentColumn(this::sessionChoice)
                .setKey("session")
                .setHeader("Session")
                .setFlexGrow(3)
                .setWidth("24rem");
        grid.addColumn(suggestion -> problems.getOrDefault(suggestion.card().cardId(), ""))
                .setHeader("Problem")
                .setFlexGrow(2);
        grid.setAriaLabel("Planned bookings");
        grid.setEmptyStateText("No cards are waiting in the store for a session.");
        add(toolbar, grid);
        PageLayout.fillWithGrid(this, grid);
        suggest();
    }

    /** A combo box, not a select: a select makes an element for every session in every row. */
    private Component sessionChoice(AllocationSuggestion suggestion) {
        ComboBox<SessionRow> choice = new ComboBox<>();
        choice.setItems(plan.sessionsAt(suggestion.card().siteId()));
        // the box shows the day and time whole; the room and places free are said under it, and in full in the list
        choice.setItemLabelGenerator(session -> UkTime.shortSpan(session.startsAt(), session.endsAt()));
        choice.setRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(
                session -> UkTime.shortSpan(session.startsAt(), session.endsAt()) + ", " + session.room() + " ("
                        + session.free() + " free)"));
        choice.getStyle().set("--vaadin-combo-box-overlay-width", "min(32rem, 95vw)");
        choice.setPlaceholder("Not now");
        choice.setClearButtonVisible(true);
        choice.setAriaLabel("Session for " + suggestion.card().fullName());
        choice.setValue(chosen.get(suggestion.card().cardId()));
        choice.setHelperText(whereAndRoom(choice.getValue()));
        choice.addValueChangeListener(event -> {
            choice.setHelperText(whereAndRoom(event.getValue()));
            if (event.getValue() == null) {
                chosen.remove(suggestion.card().cardId());
            } else {
                chosen.put(suggestion.card().cardId(), event.getValue());
            }
            updateBookButton();
        });
        choice.setWidthFull();
        return choice;
    }

    private static String whereAndRoom(SessionRow session) {
        return session == null ? "" : session.room() + " · " + session.free() + " free";
    }

    private void suggest() {
        chosen.clear();
        problems.clear();
        plan = allocation.suggest(
                site.getValue() == null ? null : site.getValue().getId());
        for (AllocationSuggestion suggestion : plan.suggestions()) {
            if (suggestion.hasSession()) {
                chosen.put(suggestion.card().cardId(), suggestion.session());
            }
        }
        grid.setItems(plan.suggestions());
        updateBookButton();
    }

    private void updateBookButton() {
        int count = chosen.size();
        book.setText("Book " + Counted.of(count, "card"));
        book.setEnabled(count > 0);
    }

    private void bookPlan() {
        List<PlannedAllocation> bookings = new ArrayList<>();
        for (AllocationSuggestion suggestion : plan.suggestions()) {
            SessionRow session = chosen.get(suggestion.card().cardId());
            if (session != null) {
                bookings.add(new PlannedAllocation(
                        suggestion.card().cardId(), suggestion.card().cardVersion(), session.id()));
            }
        }
        try {
            int booked = allocation.accept(bookings);
            Feedback.success(booked == 1 ? "1 card booked." : booked + " cards booked.");
            suggest();
        } catch (AllocationRefusedException refused) {
            problems.clear();
            problems.putAll(refused.problemsByCardId());
            grid.getDataProvider().refreshAll();
            Feedback.problem(refused.getMessage());
        } catch (RuleViolationException | RecordNotFoundException refused) {
            Feedback.problem(refused.getMessage());
        }
    }
}
