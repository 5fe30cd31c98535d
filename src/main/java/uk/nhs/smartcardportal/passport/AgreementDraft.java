package uk.nhs.smartcardportal.passport;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a person typed for an agreement, before it is checked. */
public record AgreementDraft(
        String name,
        List<AgreementMember> members,
        boolean allStaffGroups,
        Set<StaffGroup> staffGroups,
        LocalDate validFrom,
        LocalDate validTo,
        String notes) {

    /** The fields, as refusals name them. */
    public static final String NAME = "name";

    public static final String MEMBERS = "members";
    public static final String STAFF_GROUPS = "staffGroups";
    public static final String VALID_FROM = "validFrom";
    public static final String VALID_TO = "validTo";
    public static final String NOTES = "notes";
}
