package uk.nhs.smartcardportal.cards.printing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.nhs.smartcardportal.base.RuleViolationException;

/** Nothing in a batch was recorded as printed, because of the problems listed against each card. */
public class PrintBatchRefusedException extends RuleViolationException {

    private final Map<Long, String> problemsByCardId;

    PrintBatchRefusedException(Map<Long, String> problemsByCardId) {
        super(
                problemsByCardId.size() == 1
                        ? "Nothing was recorded: one card has a problem. Correct it and try again."
                        : "Nothing was recorded: " + problemsByCardId.size()
                                + " cards have problems. Correct them and try " + "again.");
        this.problemsByCardId = Collections.unmodifiableMap(new LinkedHashMap<>(problemsByCardId));
    }

    public Map<Long, String> problemsByCardId() {
        return problemsByCardId;
    }
}
