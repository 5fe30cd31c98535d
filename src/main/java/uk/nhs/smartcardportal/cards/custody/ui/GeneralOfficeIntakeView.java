package uk.nhs.smartcardportal.cards.custody.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.cards.custody.GeneralOfficeIntakeService;
import uk.nhs.smartcardportal.cards.custody.IntakeCard;
import uk.nhs.smartcardportal.cards.custody.IntakeReconciliation;
import uk.nhs.smartcardportal.cards.custody.UnknownSerial;

/** The one-off intake of cards from the legacy General Office: scan or paste serials, reconcile, confirm. */
@Route("general-office-intake")
@PageTitle("General Office intake · Smartcard Portal")
@InMenuGroup(MenuGroup.CARDS)
@Menu(title = "General Office intake", order = 49, icon = "vaadin:package")
@RolesAllowed(Roles.WORKFORCE)
class GeneralOfficeIntakeView extends Main {

    private final GeneralOfficeIntakeService intake;
    private final TextArea serials = new TextArea("Card numbers");
    private final Div result = new Div();

    GeneralOfficeIntakeView(GeneralOfficeIntakeService intake) {
        this.intake = intake;
        addClassName("portal-page");
        int expected = intake.expected().size();
        serials.setHelperText("Scan each card, or paste a list: one per line, or separated by spaces or commas");
        serials.setWidthFull();
        serials.setMinHeight("10rem");
        Button reconcile = new Button("Check against the records", event -> reconcile());
        reconcile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1("General Office intake"),
                new Paragraph(
                        expected == 1
                                ? "1 card is recorded at the General " + "Office."
                                : expected + " cards are recorded at the General Office."),
                serials,
                reconcile,
                result);
    }

    private void reconcile() {
        result.removeAll();
        IntakeReconciliation reconciliation;
        try {
            reconciliation = intake.reconcile(serials.getValue());
        } catch (uk.nhs.smartcardportal.base.RuleViolationException refused) {
            serials.setManualValidation(true);
            serials.setInvalid(true);
            serials.setErrorMessage(refused.getMessage());
            return;
        }
        serials.setInvalid(false);
        result.add(new H2("Found: " + reconciliation.found().size()), cards(reconciliation.found(), "Found"));
        result.add(
                new H2("Expected but not entered: " + reconciliation.missing().size()),
                cards(reconciliation.missing(), "Expected but not entered"));
        Grid<UnknownSerial> unknown = new Grid<>();
        unknown.addColumn(UnknownSerial::entered).setHeader("Entered").setAutoWidth(true);
        unknown.addColumn(UnknownSerial::reason).setHeader("Why it is not here").setFlexGrow(1);
        unknown.setItems(reconciliation.unknown());
        unknown.setAllRowsVisible(true);
        unknown.setAriaLabel("Unknown card numbers");
        result.add(new H2("Unknown: " + reconciliation.unknown().size()), unknown);
        if (!reconciliation.found().isEmpty()) {
            int count = reconciliation.found().size();
            Button confirm =
                    new Button("Move " + count + (count == 1 ? " card" : " cards") + " to the store", event -> {
                        if (Feedback.attempt(
                                () -> intake.confirm(reconciliation.found()),
                                count == 1 ? "1 card moved to the store." : count + " cards moved to the store.")) {
                            serials.clear();
                            result.removeAll();
                        }
                    });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            result.add(confirm);
        }
    }

    private static Grid<IntakeCard> cards(List<IntakeCard> cards, String label) {
        Grid<IntakeCard> grid = new Grid<>();
        grid.addColumn(IntakeCard::serial).setHeader("Card number").setAutoWidth(true);
        grid.addColumn(IntakeCard::holderName).setHeader("Name").setFlexGrow(1);
        grid.addColumn(IntakeCard::employeeNumber).setHeader("Employee number").setAutoWidth(true);
        grid.setItems(cards);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(label);
        return grid;
    }
}
