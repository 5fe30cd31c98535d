package uk.nhs.smartcardportal.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input refused field by field: every problem found, each against the field it is about (a key the form knows), so
 * the form can show all of them at once where the person looks. The message joins them for anywhere else.
 */
public class InvalidInputException extends RuleViolationException {

    private final Map<String, String> problems;

    public InvalidInputException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Field key to message, in the order the fields were checked. */
    public Map<String, String> problems() {
        return problems;
    }
}
