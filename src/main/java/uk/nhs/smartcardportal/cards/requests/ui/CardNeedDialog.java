package uk.nhs.smartcardportal.cards.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.cards.CardRequest;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.cards.requests.TeamMemberRow;

/** Whether a team member's role needs a Smartcard and why; "yes" asks Recruitment to print one. */
class CardNeedDialog extends Dialog {

    static final String NO_CARD = "No: the role does not need a Smartcard";

    CardNeedDialog(TeamMemberRow row, boolean starting, CardRequestService requests, Runnable afterSave) {
        setHeaderTitle("Smartcard for " + row.fullName());
        RadioButtonGroup<String> need = new RadioButtonGroup<>("Does the role need a Smartcard?");
        need.setItems(
                RequestReason.CLINICAL_SYSTEMS.label(),
                RequestReason.ESR_SUPERVISOR.label(),
                RequestReason.OTHER.label(),
                NO_CARD);
        need.setRequiredIndicatorVisible(true);
        need.addClassName("stacked-radios");
        TextArea reasonText = new TextArea("Why the role needs a card");
        reasonText.setHelperText("Needed when you choose Other");
        reasonText.setWidthFull();
        reasonText.setVisible(false);
        need.addValueChangeListener(
                event -> reasonText.setVisible(RequestReason.OTHER.label().equals(event.getValue())));
        add(
                new Paragraph(
                        starting
                                ? "Choose why the role needs a card: Recruitment prints it and we tell "
                                        + row.firstName() + " where to collect it."
                                : "Ask for a card when " + row.firstName() + "'s work now needs one."),
                need,
                reasonText);

        FormErrors errors = new FormErrors().on(CardRequest.REASON, need).on(CardRequest.REASON_TEXT, reasonText);
        Button save = new Button("Save");
        save.setDisableOnClick(true);
        save.addClickListener(event -> {
            boolean saved = NO_CARD.equals(need.getValue())
                    ? errors.attempt(
                            save,
                            () -> requests.recordNoCardNeeded(row.staffId()),
                            "Recorded: " + row.fullName() + " does not need a card.")
                    : errors.attempt(
                            save,
                            () -> requests.requestCard(
                                    row.staffId(),
                                    reasonFor(need.getValue()),
                                    reasonText.getValue(),
                                    starting ? RequestOrigin.AT_RECRUITMENT : RequestOrigin.LATER),
                            "Card asked for: it is in Recruitment's print queue.");
            if (saved) {
                close();
                afterSave.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), save);
    }

    private static RequestReason reasonFor(String label) {
        if (label == null) {
            return null;
        }
        for (RequestReason reason : RequestReason.values()) {
            if (reason.label().equals(label)) {
                return reason;
            }
        }
        throw new IllegalArgumentException(label);
    }
}
