package uk.nhs.smartcardportal.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.smartcardportal.base.AbstractEntity;
import uk.nhs.smartcardportal.sites.Site;

/**
 * A mover's new manager, base site or staff group, waiting for the day it takes effect. A person has at most one move
 * waiting; the staff list replaces it when it says something else.
 */
@Entity
@Table(name = "staff_move")
public class StaffMove extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "line_manager_id")
    private Staff lineManager;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "base_site_id")
    private Site baseSite;

    @Column(name = "staff_group", length = Staff.STAFF_GROUP_MAX)
    private String staffGroup;

    @Column(name = "applied_at")
    private Instant appliedAt;

    protected StaffMove() {}

    StaffMove(Staff staff, LocalDate effectiveDate, Staff lineManager, Site baseSite, String staffGroup) {
        this.staff = staff;
        this.effectiveDate = effectiveDate;
        this.lineManager = lineManager;
        this.baseSite = baseSite;
        this.staffGroup = staffGroup;
    }

    public Staff getStaff() {
        return staff;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public Staff getLineManager() {
        return lineManager;
    }

    public Site getBaseSite() {
        return baseSite;
    }

    public String getStaffGroup() {
        return staffGroup;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    boolean sameAs(LocalDate date, Staff manager, Site site, String group) {
        return effectiveDate.equals(date)
                && Objects.equals(lineManager, manager)
                && Objects.equals(baseSite, site)
                && Objects.equals(staffGroup, group);
    }

    void applied(Instant at) {
        this.appliedAt = at;
    }
}
