package uk.nhs.smartcardportal.cards.mine.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.AskFirst;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.cards.mine.CollectionPlace;
import uk.nhs.smartcardportal.cards.mine.MyCardOverview;
import uk.nhs.smartcardportal.cards.mine.MyCardService;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeRequest;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeService;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeStatus;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeSummary;

/** Ask to collect at another site, withdraw a pending request, and see what was decided. */
class SiteChangePanel extends Section {

    SiteChangePanel(MyCardOverview card, SiteChangeService siteChanges, MyCardService myCard, Runnable refresh) {
        addClassName("site-change-panel");
        String heading = MyCardView.heading("Collect at another site?");
        if (card.canAskForSiteChange()) {
            add(MyCardView.markup(heading
                    + MyCardView.paragraphs("If another site suits you better, ask the Workforce Systems Team to "
                            + "send your card there. You will see their answer here.")));
            Button open = new Button("Choose another site");
            open.setId("site-change-open");
            open.addClickListener(event -> {
                Div form = requestForm(card, siteChanges, myCard, refresh);
                addComponentAtIndex(indexOf(open), form);
                remove(open);
            });
            add(open);
        } else if (!card.hasPendingSiteChange()) {
            add(MyCardView.markup(heading
                    + MyCardView.paragraphs("You can ask to change the collection site once your card is printed "
                            + "and until you collect it.")));
        } else {
            add(MyCardView.markup(heading));
        }
        List<SiteChangeSummary> withdrawn = card.siteChanges().stream()
                .filter(change -> change.status() == SiteChangeStatus.WITHDRAWN)
                .toList();
        List<SiteChangeSummary> others = card.siteChanges().stream()
                .filter(change -> change.status() != SiteChangeStatus.WITHDRAWN)
                .toList();
        if (!others.isEmpty()) {
            add(history(others, siteChanges, refresh));
        }
        if (!withdrawn.isEmpty()) {
            // requests the person took back matter little to them: folded away, not gone
            Details folded = new Details(
                    withdrawn.size() == 1 ? "1 withdrawn request" : withdrawn.size() + " withdrawn requests",
                    history(withdrawn, siteChanges, refresh));
            folded.addClassName("site-change-withdrawn");
            add(folded);
        }
    }

    private static UnorderedList history(
            List<SiteChangeSummary> changes, SiteChangeService siteChanges, Runnable refresh) {
        UnorderedList history = new UnorderedList();
        history.addClassName("site-change-history");
        for (SiteChangeSummary change : changes) {
            history.add(historyItem(change, siteChanges, refresh));
        }
        return history;
    }

    /**
     * The form opens when asked for: most starters never need it, and a page without it draws sooner on a phone.
     * Focus moves to its first field so keyboard and screen-reader users carry on where they were.
     */
    private static Div requestForm(
            MyCardOverview card, SiteChangeService siteChanges, MyCardService myCard, Runnable refresh) {
        Select<CollectionPlace> site = new Select<>();
        site.setLabel("Site you would like to collect from");
        site.setItems(myCard.collectionSitesOtherThan(
                card.collectionPlace() == null ? null : card.collectionPlace().siteId()));
        site.setItemLabelGenerator(CollectionPlace::name);
        site.setId("site-change-to");
        TextArea reason = new TextArea("Why (optional)");
        reason.setId("site-change-reason");
        reason.setWidthFull();
        FormErrors errors = new FormErrors().on(SiteChangeRequest.TO_SITE, site).on(SiteChangeRequest.REASON, reason);
        Button ask = new Button("Ask to change site");
        ask.setDisableOnClick(true);
        ask.addClickListener(event -> {
            if (errors.attempt(
                    ask,
                    () -> siteChanges.request(
                            card.cardId(),
                            site.getValue() == null ? -1 : site.getValue().siteId(),
                            reason.getValue()),
                    "Your request has been sent to the Workforce Systems Team.")) {
                refresh.run();
            }
        });
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.setId("site-change-ask");
        Div form = new Div(new Div(site), reason, ask);
        form.addClassName("site-change-form");
        site.focus();
        return form;
    }

    private static ListItem historyItem(SiteChangeSummary change, SiteChangeService siteChanges, Runnable refresh) {
        ListItem item = new ListItem();
        item.add(new Paragraph("From " + change.fromSite() + " to " + change.toSite() + ", asked on "
                + UkTime.date(change.requestedAt()) + ": " + change.status().label() + "."));
        if (change.decisionNote() != null) {
            item.add(new Paragraph("Note from the Workforce Systems Team: " + change.decisionNote()));
        }
        if (change.status() == SiteChangeStatus.PENDING) {
            Button withdraw = new Button(
                    "Withdraw this request",
                    event -> AskFirst.open(
                            "Withdraw your request?",
                            "Your card stays at " + change.fromSite() + ". You can ask again " + "later.",
                            "Withdraw request",
                            "Keep my request",
                            () -> {
                                if (Feedback.attempt(
                                        () -> siteChanges.withdraw(change.id(), change.version()),
                                        "Your request has been withdrawn.")) {
                                    refresh.run();
                                }
                            }));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            withdraw.setId("site-change-withdraw");
            item.add(withdraw);
        }
        return item;
    }
}
