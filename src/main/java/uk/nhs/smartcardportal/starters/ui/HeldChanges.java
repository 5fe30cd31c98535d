package uk.nhs.smartcardportal.starters.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import uk.nhs.smartcardportal.starters.HeldChange;
import uk.nhs.smartcardportal.starters.PeopleImportReport;

/**
 * The part of an import's preview that lists changes to people who have signed in or hold a role, and lets a
 * Workforce member confirm them; anyone else is told they will be left as they are.
 */
final class HeldChanges {

    private final boolean workforce;
    private volatile boolean confirmed;

    HeldChanges(boolean workforce) {
        this.workforce = workforce;
    }

    boolean confirmed() {
        return confirmed;
    }

    /** The summary with the held changes under it, if any. */
    Component around(Component summary, PeopleImportReport report, boolean done) {
        if (!done) {
            confirmed = false;
        }
        if (report.held().isEmpty()) {
            return summary;
        }
        UnorderedList list = new UnorderedList();
        for (HeldChange held : report.held()) {
            list.add(new ListItem("Line " + held.line() + ", " + held.name() + " (" + held.employeeNumber() + "): "
                    + held.change() + ". The person " + held.why() + "."));
        }
        Div part = new Div(summary);
        part.addClassName("portal-held-changes");
        if (done) {
            part.add(new Paragraph(
                    confirmed
                            ? "Made these changes, as you confirmed:"
                            : "Left these as they were, as nobody confirmed them:"));
            part.add(list);
            return part;
        }
        part.add(new Paragraph("These changes are to people who have signed in or hold a role. Whoever holds their "
                + "e-mail or is their manager receives their messages or decides for them, so the changes are made "
                + "only when a member of the Workforce Systems Team confirms them:"));
        part.add(list);
        if (workforce) {
            Checkbox confirm = new Checkbox("Make these changes too: I have checked they are right");
            confirm.addValueChangeListener(event -> confirmed = event.getValue());
            part.add(confirm);
        } else {
            part.add(new Paragraph("The import leaves them as they are. If they are right, ask the Workforce "
                    + "Systems Team to import the file."));
        }
        return part;
    }
}
