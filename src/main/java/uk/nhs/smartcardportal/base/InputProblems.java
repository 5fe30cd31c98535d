package uk.nhs.smartcardportal.base;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Collects what is wrong with a form's input, field by field, so all of it is reported at once. */
public final class InputProblems {

    private final Map<String, String> problems = new LinkedHashMap<>();

    /** Records the problem with a field; the first problem found with a field is the one shown. */
    public InputProblems add(String field, String message) {
        problems.putIfAbsent(field, message);
        return this;
    }

    /** Runs a check that refuses with a {@link RuleViolationException}; a refusal is recorded against the field. */
    public <T> T check(String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException nested) {
            nested.problems().forEach(this::add);
            return null;
        } catch (RuleViolationException refused) {
            add(field, refused.getMessage());
            return null;
        }
    }

    public boolean has(String field) {
        return problems.containsKey(field);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** @throws InvalidInputException naming every problem found */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
