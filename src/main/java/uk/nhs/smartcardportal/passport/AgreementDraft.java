package uk.nhs.smartcardportal.passport;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a person typed for an agreement, before it is checked. */
public record AgreementDraft(String name, List<AgreementMember> members, boolean allStaffGroups,
        Set<StaffGroup> staffGroups, LocalDate validFrom, LocalDate validTo, String notes) {
}
