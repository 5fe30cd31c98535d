package uk.nhs.smartcardportal.collection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.collection.HandOverDeskService;
import uk.nhs.smartcardportal.collection.RunSheetLine;
import uk.nhs.smartcardportal.collection.SessionFigures;
import uk.nhs.smartcardportal.sessions.SessionSummary;

/**
 * The hand-over desk at a session, for a laptop or tablet: one box finds the person by name, employee number or card
 * number; the identity check records the kinds of document seen, then hands the card over.
 */
@Route("desk/:sessionId")
@PageTitle("Hand-over desk · Smartcard Portal")
@RolesAllowed(Roles.WORKFORCE)
class HandOverDeskView extends Main implements BeforeEnterObserver {

    private final HandOverDeskService desk;
    private final TextField search = new TextField("Find the person");
    private final Div results = new Div();
    private final Paragraph figures = new Paragraph();
    private long sessionId;
    private SessionSummary session;
    private List<RunSheetLine> shown;

    HandOverDeskView(HandOverDeskService desk) {
        this.desk = desk;
        addClassNames("portal-page", "hand-over-desk");
        search.setPlaceholder("Name, employee number or card number");
        search.setHelperText("Type part of any of them");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("desk-search");
        search.setWidthFull();
        search.addValueChangeListener(event -> showResults());
        results.addClassName("desk-results");
        results.getElement().setAttribute("aria-live", "polite");
        figures.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            sessionId =
                    Long.parseLong(event.getRouteParameters().get("sessionId").orElse(""));
            session = desk.session(sessionId);
            removeAll();
            Button close = new Button("Close the session", click -> confirmClose());
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            FlexLayout header = new FlexLayout(figures, close);
            header.addClassName("desk-header");
            add(
                    new H1("Hand-over desk"),
                    new Paragraph(UkTime.span(session.startsAt(), session.endsAt()) + " · " + session.siteName() + ", "
                            + session.room()),
                    header,
                    search,
                    results);
            search.focus();
            showResults();
        } catch (NumberFormatException | RecordNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class, "No such session");
        }
    }

    private void showResults() {
        SessionFigures counts = desk.figures(sessionId);
        figures.setText("Collected " + counts.collected() + " of " + counts.allocated());
        List<RunSheetLine> found = desk.find(sessionId, search.getValue());
        if (found.equals(shown) && !found.isEmpty()) {
            // Same people as on screen: keep the form someone may be filling in.
            return;
        }
        shown = found;
        results.removeAll();
        if (found.isEmpty()) {
            if (search.getValue().isBlank()) {
                results.add(new Paragraph("Every card has been handed over."));
            } else {
                results.add(new Paragraph(
                        "No card at this session matches. Check the spelling, or try the card " + "number."));
                desk.elsewhere(sessionId, search.getValue()).forEach(where -> {
                    Paragraph elsewhere = new Paragraph(where);
                    elsewhere.addClassName("desk-elsewhere");
                    results.add(elsewhere);
                });
            }
        }
        for (RunSheetLine line : found) {
            results.add(new DeskPerson(line, desk, session, () -> {
                shown = null;
                search.clear();
                search.focus();
                showResults();
            }));
        }
    }

    private void confirmClose() {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Close the session?");
        confirm.add(new Paragraph("Every card not handed over goes back to the store as not collected, and its "
                + "holder is told about the next session at this site."));
        Button close = new Button("Close the session", event -> {
            if (Feedback.attempt(() -> desk.close(sessionId), "Session closed.")) {
                confirm.close();
                shown = null;
                showResults();
            }
        });
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button("Back", event -> confirm.close()), close);
        confirm.open();
    }
}
