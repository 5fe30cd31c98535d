package uk.nhs.smartcardportal.passport;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;

/** A statutory and mandatory training subject, with the trust's refresher period and the groups that need it. */
@Entity
@Table(name = "training_subject")
public class TrainingSubject {

    static final int RENEW_AT_MAX = 200;
    /** The fields of a subject's settings, as refusals name them. */
    public static final String REFRESHER_MONTHS = "refresherMonths";

    public static final String REQUIRED_FOR = "requiredFor";
    public static final String RENEW_AT = "renewAt";

    @Id
    @Column(length = 40)
    private String code;

    @Version
    private long version;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "refresher_months", nullable = false)
    private int refresherMonths;

    @Column(name = "all_staff_groups", nullable = false)
    private boolean allStaffGroups;

    @Column(name = "renew_at", nullable = false, length = RENEW_AT_MAX)
    private String renewAt;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_subject_group", joinColumns = @JoinColumn(name = "subject_code"))
    @Column(name = "staff_group", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<StaffGroup> requiredFor = EnumSet.noneOf(StaffGroup.class);

    protected TrainingSubject() {}

    void update(int refresherMonths, boolean allStaffGroups, Set<StaffGroup> requiredFor, String renewAt) {
        this.refresherMonths = refresherMonths;
        this.allStaffGroups = allStaffGroups;
        this.requiredFor.clear();
        if (!allStaffGroups) {
            this.requiredFor.addAll(requiredFor);
        }
        this.renewAt = renewAt;
    }

    SubjectRule rule() {
        return new SubjectRule(
                code,
                name,
                refresherMonths,
                allStaffGroups,
                requiredFor.isEmpty() ? Set.of() : EnumSet.copyOf(requiredFor),
                renewAt);
    }

    public String getCode() {
        return code;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public int getRefresherMonths() {
        return refresherMonths;
    }

    public boolean isAllStaffGroups() {
        return allStaffGroups;
    }

    public Set<StaffGroup> getRequiredFor() {
        return requiredFor.isEmpty() ? Set.of() : EnumSet.copyOf(requiredFor);
    }

    public String getRenewAt() {
        return renewAt;
    }
}
