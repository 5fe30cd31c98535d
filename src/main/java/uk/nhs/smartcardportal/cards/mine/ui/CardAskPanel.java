package uk.nhs.smartcardportal.cards.mine.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.cards.CardRequest;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.mine.MyCardOverview;
import uk.nhs.smartcardportal.cards.requests.CardAskService;
import uk.nhs.smartcardportal.cards.requests.MyCardAsk;

/**
 * For someone with no card in use or on its way: ask for one when their role changes, which their manager confirms;
 * or, once asked, where the request stands and taking it back.
 */
class CardAskPanel extends Section {

    CardAskPanel(Optional<MyCardAsk> open, CardAskService asks, Runnable afterChange) {
        addClassNames("portal-card", "card-ask");
        if (open.isPresent()) {
            showOpen(open.get(), asks, afterChange);
        } else {
            showForm(asks, afterChange);
        }
    }

    /** Nothing to ask for while a card is on its way or in use. */
    static boolean mayAsk(MyCardOverview card) {
        return !card.hasCard() || card.status().willNeverBeCollected();
    }

    private void showOpen(MyCardAsk ask, CardAskService asks, Runnable afterChange) {
        Button withdraw = new Button("Withdraw my request", event -> {
            if (Feedback.attempt(() -> asks.withdrawMyAsk(ask.askId()), "Your request is withdrawn.")) {
                afterChange.run();
            }
        });
        add(
                new H2("You have asked for a Smartcard"),
                new Paragraph("You asked on " + UkTime.dateTime(ask.askedAt()) + " ("
                        + ask.reason().label()
                        + "). " + ask.managerName() + " will confirm it, and then Recruitment prints your card. "
                        + "We will e-mail you."),
                withdraw);
    }

    private void showForm(CardAskService asks, Runnable afterChange) {
        RadioButtonGroup<RequestReason> reason = new RadioButtonGroup<>("What does your role now need a card for?");
        reason.setItems(RequestReason.values());
        reason.setItemLabelGenerator(RequestReason::label);
        reason.addClassName("stacked-radios");
        reason.setRequiredIndicatorVisible(true);
        TextArea why = new TextArea("Why your role needs a card");
        why.setHelperText("Needed when you choose Other");
        why.setWidthFull();
        Button ask = new Button("Ask my manager for a card");
        ask.setDisableOnClick(true);
        FormErrors errors = new FormErrors().on(CardRequest.REASON, reason).on(CardRequest.REASON_TEXT, why);
        ask.addClickListener(event -> {
            if (errors.attempt(
                    ask,
                    () -> asks.askForMyCard(reason.getValue(), why.getValue()),
                    "Asked: your manager will confirm it, and we have e-mailed them.")) {
                afterChange.run();
            }
        });
        add(
                new H2("Has your role changed?"),
                new Paragraph("If your work now needs an NHS Smartcard, for example to use clinical systems or to "
                        + "approve appraisals in ESR, ask for one here. Your manager confirms it, then Recruitment "
                        + "prints it."),
                reason,
                why,
                ask);
    }
}
