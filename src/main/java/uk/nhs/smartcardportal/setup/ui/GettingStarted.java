package uk.nhs.smartcardportal.setup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import uk.nhs.smartcardportal.base.Counted;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.setup.SetupChecklist;
import uk.nhs.smartcardportal.setup.SetupService;
import uk.nhs.smartcardportal.setup.SetupStep;

/** On the Workforce home page of a portal not yet set up: what is left, each step linking to its page. */
public class GettingStarted extends Section {

    private final SetupService setup;
    private final PortalProperties portal;

    public GettingStarted(SetupService setup, PortalProperties portal) {
        this.setup = setup;
        this.portal = portal;
        addClassName("getting-started");
        setId("getting-started");
        show();
    }

    /** Whether there is anything left to show. */
    public static boolean isNeeded(SetupService setup) {
        return !setup.isReady();
    }

    private void show() {
        removeAll();
        SetupChecklist checklist = setup.checklist();
        add(new H2("Getting started"));
        add(new Paragraph(
                "Starters can use the portal once these are done: " + Counted.of(checklist.left(), "step") + " left."));
        OrderedList steps = new OrderedList();
        for (SetupChecklist.Item item : checklist.items()) {
            ListItem entry = new ListItem();
            entry.addClassName(item.done() ? "step-done" : item.step().optional() ? "step-optional" : "step-left");
            entry.add(new Span(item.done() ? "Done: " : item.step().optional() ? "If you wish: " : "To do: "));
            entry.add(new Anchor(item.step().route(), item.step().title()));
            entry.add(new Paragraph(item.step().why()));
            if (item.step() == SetupStep.CONTACT_AND_FAQ && !item.done()) {
                entry.add(new Paragraph("Starters are told to contact the " + portal.supportTeam() + " at "
                        + portal.supportEmail()
                        + (portal.supportPhone().isBlank() ? "" : " or " + portal.supportPhone())
                        + " (PORTAL_SUPPORT_TEAM, PORTAL_SUPPORT_EMAIL, PORTAL_SUPPORT_PHONE)."));
                Button confirm = new Button("The contact details and FAQ are right", event -> {
                    if (Feedback.attempt(setup::confirmContactAndFaq, "Noted.")) {
                        show();
                    }
                });
                confirm.setId("confirm-contact-and-faq");
                entry.add(confirm);
            }
            steps.add(entry);
        }
        add(steps);
    }
}
