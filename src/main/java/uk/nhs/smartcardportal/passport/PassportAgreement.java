package uk.nhs.smartcardportal.passport;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import uk.nhs.smartcardportal.base.AbstractEntity;

/** A staff-passporting agreement between NHS organisations: who is in it, which staff groups, and when. */
@Entity
@Table(name = "passport_agreement")
public class PassportAgreement extends AbstractEntity {

    static final int NAME_MAX = 120;
    static final int NOTES_MAX = 2000;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "all_staff_groups", nullable = false)
    private boolean allStaffGroups;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(length = NOTES_MAX)
    private String notes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "passport_agreement_member", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderBy("name")
    private List<AgreementMember> members = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "passport_agreement_group", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "staff_group", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<StaffGroup> staffGroups = EnumSet.noneOf(StaffGroup.class);

    protected PassportAgreement() {}

    PassportAgreement(String name) {
        this.name = name;
    }

    void update(AgreementDraft draft) {
        this.name = draft.name();
        this.allStaffGroups = draft.allStaffGroups();
        this.staffGroups.clear();
        if (!draft.allStaffGroups()) {
            this.staffGroups.addAll(draft.staffGroups());
        }
        this.validFrom = draft.validFrom();
        this.validTo = draft.validTo();
        this.notes = draft.notes();
        this.members.clear();
        this.members.addAll(draft.members());
    }

    AgreementTerms terms() {
        LinkedHashMap<String, String> byCode = new LinkedHashMap<>();
        members.forEach(member -> byCode.put(member.odsCode(), member.name()));
        return new AgreementTerms(
                name,
                validFrom,
                validTo,
                byCode,
                allStaffGroups,
                staffGroups.isEmpty() ? Set.of() : EnumSet.copyOf(staffGroups));
    }

    public String getName() {
        return name;
    }

    public boolean isAllStaffGroups() {
        return allStaffGroups;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getNotes() {
        return notes;
    }

    public List<AgreementMember> getMembers() {
        return List.copyOf(members);
    }

    public Set<StaffGroup> getStaffGroups() {
        return staffGroups.isEmpty() ? Set.of() : EnumSet.copyOf(staffGroups);
    }
}
