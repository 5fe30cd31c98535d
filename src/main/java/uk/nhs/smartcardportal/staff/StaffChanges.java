package uk.nhs.smartcardportal.staff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The fields of a staff record that some details would change, each with its value before and after. */
public final class StaffChanges {

    private StaffChanges() {}

    /** A field's value held now and the one given. */
    public record Change(@Nullable Object before, Object after) {}

    /** Field name to its change, for each given field that differs; empty when nothing would change. */
    public static Map<String, Change> between(Staff existing, StaffDetails details) {
        Map<String, Change> changes = new LinkedHashMap<>();
        compare(changes, "firstName", details.firstName(), existing.getFirstName());
        compare(changes, "lastName", details.lastName(), existing.getLastName());
        compare(changes, "workEmail", details.workEmail(), existing.getWorkEmail());
        compare(changes, "jobTitle", details.jobTitle(), existing.getJobTitle());
        compare(changes, "staffGroup", details.staffGroup(), existing.getStaffGroup());
        compare(changes, "department", details.department(), existing.getDepartment());
        compare(changes, "startDate", details.startDate(), existing.getStartDate());
        compare(
                changes,
                "baseSite",
                name(details.baseSite(), site -> site.getName()),
                name(existing.getBaseSite(), site -> site.getName()));
        compare(
                changes,
                "lineManager",
                details.lineManagerEmployeeNumber(),
                name(existing.getLineManager(), Staff::getEmployeeNumber));
        compare(changes, "leavingDate", details.leavingDate(), existing.getLeavingDate());
        compare(changes, "leavingTo", details.leavingTo(), existing.getLeavingTo());
        compare(changes, "personalEmail", details.personalEmail(), existing.getPersonalEmail());
        compare(changes, "mobile", details.mobile(), existing.getMobile());
        if (details.need() != null && details.need() != SmartcardNeed.UNKNOWN) {
            compare(changes, "smartcardNeed", details.need(), existing.getSmartcardNeed());
        }
        return changes;
    }

    private static void compare(Map<String, Change> changes, String field, Object given, Object held) {
        if (given != null && !Objects.equals(given, held)) {
            changes.put(field, new Change(held, given));
        }
    }

    private static <T> String name(T thing, Function<T, String> naming) {
        return thing == null ? null : naming.apply(thing);
    }
}
