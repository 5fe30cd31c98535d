package uk.nhs.smartcardportal.passport;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** A passporting agreement as the rules see it: its members by ODS code (with names), groups covered and dates. */
public record AgreementTerms(
        String name,
        LocalDate validFrom,
        LocalDate validTo,
        Map<String, String> members,
        boolean allStaffGroups,
        Set<StaffGroup> staffGroups) {

    boolean activeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    boolean covers(StaffGroup group) {
        return allStaffGroups || staffGroups.contains(group);
    }
}
