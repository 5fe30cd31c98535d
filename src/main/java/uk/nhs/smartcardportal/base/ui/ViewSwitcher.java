package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Several views of one page (a list, a week, a month...), one shown at a time, chosen with toggle buttons that say
 * which is pressed. Used instead of Vaadin's tab sheet, whose tab list holds an element a tab list may not have
 * (axe: aria-required-children), which is inside the component and out of our reach.
 */
public class ViewSwitcher extends Div {

    private final Div choices = new Div();
    private final List<Button> buttons = new ArrayList<>();
    private final List<Component> panels = new ArrayList<>();
    private final List<IntConsumer> listeners = new ArrayList<>();
    private int selected = -1;

    /** @param label what the buttons choose, read out with them, e.g. "Show the sessions as" */
    public ViewSwitcher(String label) {
        addClassName("view-switcher");
        choices.addClassName("view-switcher-choices");
        choices.getElement().setAttribute("role", "group");
        choices.getElement().setAttribute("aria-label", label);
        add(choices);
    }

    /** Adds a view; the first added is shown. */
    public void add(String title, Component panel) {
        int index = buttons.size();
        Button button = new Button(title, event -> setSelectedIndex(index));
        button.getElement().setAttribute("aria-pressed", "false");
        buttons.add(button);
        panels.add(panel);
        choices.add(button);
        panel.setVisible(false);
        add(panel);
        if (index == 0) {
            setSelectedIndex(0);
        }
    }

    public void setSelectedIndex(int index) {
        if (index == selected) {
            return;
        }
        selected = index;
        for (int i = 0; i < buttons.size(); i++) {
            boolean chosen = i == index;
            buttons.get(i).getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            if (chosen) {
                buttons.get(i).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                buttons.get(i).removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            panels.get(i).setVisible(chosen);
        }
        listeners.forEach(listener -> listener.accept(index));
    }

    public Component getPanel(int index) {
        return panels.get(index);
    }

    /** Called with the index of each view as it is chosen. */
    public void addSelectionListener(IntConsumer listener) {
        listeners.add(listener);
    }
}
