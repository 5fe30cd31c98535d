package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.nhs.smartcardportal.base.InvalidInputException;

/**
 * A form's fields by the keys the service names them with. A refusal is shown on the fields it is about, all of them
 * at once, with focus on the first; a refusal about no field goes to a message as usual. A success clears them.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** The field shows what the server says, and the field's own checks no longer overwrite it. */
    public FormErrors on(String key, HasValidation field) {
        field.setManualValidation(true);
        fields.put(key, field);
        return this;
    }

    /** Runs the action as {@link Feedback#attempt} does, showing field problems on their fields. */
    public boolean attempt(Runnable action, String success) {
        try {
            action.run();
        } catch (RuntimeException error) {
            RuntimeException refusal = Feedback.refusalIn(error);
            if (refusal == null) {
                throw error;
            }
            show(refusal);
            return false;
        }
        clear();
        if (success != null) {
            Feedback.success(success);
        }
        return true;
    }

    /** As {@link #attempt(Runnable, String)}, for a save button that must not save twice on a double-click. */
    public boolean attempt(Button button, Runnable action, String success) {
        try {
            return attempt(action, success);
        } finally {
            button.setEnabled(true);
        }
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    private void show(RuntimeException refusal) {
        clear();
        if (!(refusal instanceof InvalidInputException invalid)) {
            Feedback.problem(refusal.getMessage());
            return;
        }
        Feedback.clearProblem();
        StringBuilder elsewhere = new StringBuilder();
        HasValidation first = null;
        for (Map.Entry<String, String> problem : invalid.problems().entrySet()) {
            HasValidation field = fields.get(problem.getKey());
            if (field == null) {
                elsewhere.append(elsewhere.isEmpty() ? "" : " ").append(problem.getValue());
                continue;
            }
            field.setErrorMessage(problem.getValue());
            field.setInvalid(true);
            if (first == null) {
                first = field;
            }
        }
        if (!elsewhere.isEmpty()) {
            Feedback.problem(elsewhere.toString());
        }
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        } else if (first instanceof Component component) {
            component.getElement().callJsFunction("focus");
        }
    }
}
