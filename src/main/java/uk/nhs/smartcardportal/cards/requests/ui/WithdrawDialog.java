package uk.nhs.smartcardportal.cards.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.cards.requests.TeamMemberRow;

/** Confirms withdrawing a card request before it is printed. */
class WithdrawDialog extends Dialog {

    WithdrawDialog(TeamMemberRow row, CardRequestService requests, Runnable afterWithdraw) {
        setHeaderTitle("Withdraw the card request?");
        add(new Paragraph(
                "Recruitment will not print a card for " + row.fullName() + ". You can ask again " + "later."));
        Button withdraw = new Button("Withdraw request", event -> {
            if (Feedback.attempt(() -> requests.withdraw(row.cardId(), row.cardVersion()), "Request withdrawn.")) {
                close();
                afterWithdraw.run();
            }
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Keep it", event -> close()), withdraw);
    }
}
