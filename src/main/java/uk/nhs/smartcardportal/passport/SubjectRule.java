package uk.nhs.smartcardportal.passport;

import java.util.Set;

/**
 * A statutory and mandatory training subject: how long a completion lasts when ESR gives no expiry, which staff
 * groups need it, and where people renew it.
 */
public record SubjectRule(
        String code,
        String name,
        int refresherMonths,
        boolean allStaffGroups,
        Set<StaffGroup> requiredFor,
        String renewAt) {

    boolean requiredOf(StaffGroup group) {
        return allStaffGroups || (group != null && requiredFor.contains(group));
    }
}
