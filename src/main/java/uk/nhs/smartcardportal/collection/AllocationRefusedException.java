package uk.nhs.smartcardportal.collection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.nhs.smartcardportal.base.RuleViolationException;

/** No card in the plan was booked, because of the problems listed against each card. */
public class AllocationRefusedException extends RuleViolationException {

    private final Map<Long, String> problemsByCardId;

    AllocationRefusedException(Map<Long, String> problemsByCardId) {
        super("Nothing was booked: "
                + (problemsByCardId.size() == 1
                        ? "one card has a problem."
                        : problemsByCardId.size() + " cards have problems.")
                + " Make a new plan and try again.");
        this.problemsByCardId = Collections.unmodifiableMap(new LinkedHashMap<>(problemsByCardId));
    }

    public Map<Long, String> problemsByCardId() {
        return problemsByCardId;
    }
}
