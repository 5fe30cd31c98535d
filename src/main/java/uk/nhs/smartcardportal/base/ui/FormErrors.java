package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.nhs.smartcardportal.base.ConcurrentChangeException;
import uk.nhs.smartcardportal.base.InvalidInputException;
import uk.nhs.smartcardportal.base.RecordNotFoundException;

/**
 * A form's fields by the keys the service names them with. A refusal is shown on the fields it is about, all of them
 * at once, with focus on the first; a refusal about no field goes to a message as usual. A success clears them.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private HasValidation otherwise;

    /**
     * The field shows what the server says, and the field's own checks no longer overwrite it; a date picker keeps
     * its own check, which is what tells apart text that is not a date from no date at all.
     */
    public FormErrors on(String key, HasValidation field) {
        if (!(field instanceof DatePicker)) {
            field.setManualValidation(true);
        }
        fields.put(key, field);
        return this;
    }

    /**
     * The field a refusal naming no field is about, as in a form with one field to fill in. A refusal about the
     * record itself (changed meanwhile, gone) is still a message of its own.
     */
    public FormErrors otherwiseOn(HasValidation field) {
        field.setManualValidation(true);
        otherwise = field;
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
        fields.values().forEach(FormErrors::clear);
        if (otherwise != null) {
            clear(otherwise);
        }
    }

    private static void clear(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }

    private void show(RuntimeException refusal) {
        clear();
        if (!(refusal instanceof InvalidInputException invalid)) {
            boolean aboutTheRecord =
                    refusal instanceof ConcurrentChangeException || refusal instanceof RecordNotFoundException;
            if (otherwise == null || aboutTheRecord) {
                Feedback.problem(refusal.getMessage());
            } else {
                Feedback.clearProblem();
                otherwise.setErrorMessage(refusal.getMessage());
                otherwise.setInvalid(true);
                focus(otherwise);
            }
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
        if (first != null) {
            focus(first);
        }
    }

    private static void focus(HasValidation field) {
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        } else if (field instanceof Component component) {
            component.getElement().callJsFunction("focus");
        }
    }
}
