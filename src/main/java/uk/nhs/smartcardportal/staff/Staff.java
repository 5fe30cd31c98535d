package uk.nhs.smartcardportal.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.smartcardportal.base.AbstractEntity;
import uk.nhs.smartcardportal.sites.Site;

/** A member of the trust's staff, or an incoming starter. */
@Entity
@Table(name = "staff")
public class Staff extends AbstractEntity {

    public static final int EMPLOYEE_NUMBER_MAX = 20;
    public static final int NAME_MAX = 80;
    public static final int EMAIL_MAX = 200;
    public static final int JOB_TITLE_MAX = 120;
    public static final int STAFF_GROUP_MAX = 80;
    public static final int DEPARTMENT_MAX = 120;
    public static final int SUBJECT_MAX = 255;
    public static final int LEAVING_TO_MAX = 120;
    public static final int MOBILE_MAX = 16;

    @NotBlank
    @Size(max = EMPLOYEE_NUMBER_MAX)
    @Pattern(regexp = "[A-Za-z0-9-]+", message = "Use letters, digits and dashes only")
    @Column(name = "employee_number", nullable = false, unique = true, length = EMPLOYEE_NUMBER_MAX)
    private String employeeNumber;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(name = "work_email", unique = true, length = EMAIL_MAX)
    private String workEmail;

    @Size(max = JOB_TITLE_MAX)
    @Column(name = "job_title", length = JOB_TITLE_MAX)
    private String jobTitle;

    @Size(max = STAFF_GROUP_MAX)
    @Column(name = "staff_group", length = STAFF_GROUP_MAX)
    private String staffGroup;

    @Size(max = DEPARTMENT_MAX)
    @Column(length = DEPARTMENT_MAX)
    private String department;

    @Column(name = "start_date")
    private LocalDate startDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "base_site_id")
    private Site baseSite;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "line_manager_id")
    private Staff lineManager;

    @Enumerated(EnumType.STRING)
    @Column(name = "smartcard_need", nullable = false, length = 20)
    private SmartcardNeed smartcardNeed = SmartcardNeed.UNKNOWN;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StaffOrigin origin = StaffOrigin.STAFF_LIST;

    @Size(max = SUBJECT_MAX)
    @Column(name = "idp_subject", unique = true, length = SUBJECT_MAX)
    private String idpSubject;

    @Column(name = "leaving_date")
    private LocalDate leavingDate;

    @Size(max = LEAVING_TO_MAX)
    @Column(name = "leaving_to", length = LEAVING_TO_MAX)
    private String leavingTo;

    @Size(max = EMAIL_MAX)
    @Column(name = "personal_email", length = EMAIL_MAX)
    private String personalEmail;

    @Size(max = MOBILE_MAX)
    @Column(name = "mobile", length = MOBILE_MAX)
    private String mobile;

    @Column(name = "record_ended_at")
    private Instant recordEndedAt;

    @Column(name = "missing_from_staff_list_since")
    private LocalDate missingFromStaffListSince;

    protected Staff() {}

    public Staff(String employeeNumber, String firstName, String lastName, String workEmail) {
        this.employeeNumber = employeeNumber;
        this.firstName = firstName;
        this.lastName = lastName;
        this.workEmail = workEmail;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    void setLastName(String lastName) {
        this.lastName = lastName;
    }

    void setWorkEmail(String workEmail) {
        this.workEmail = workEmail;
    }

    public String getPersonalEmail() {
        return personalEmail;
    }

    /** The person's UK mobile in international form (+447…), from recruitment or their own Messages page. */
    public String getMobile() {
        return mobile;
    }

    void setPersonalContact(String personalEmail, String mobile) {
        this.personalEmail = personalEmail;
        this.mobile = mobile;
    }

    /**
     * Where an e-mail to the person goes on the day: their personal address until their start date or while they have
     * no work address, their work address from then on.
     */
    public String emailAddressOn(LocalDate day) {
        boolean notStartedYet = startDate != null && day.isBefore(startDate);
        if (personalEmail != null && (workEmail == null || notStartedYet)) {
            return personalEmail;
        }
        return workEmail;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getWorkEmail() {
        return workEmail;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getStaffGroup() {
        return staffGroup;
    }

    public void setStaffGroup(String staffGroup) {
        this.staffGroup = staffGroup;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Site getBaseSite() {
        return baseSite;
    }

    public void setBaseSite(Site baseSite) {
        this.baseSite = baseSite;
    }

    public Staff getLineManager() {
        return lineManager;
    }

    public void setLineManager(Staff lineManager) {
        this.lineManager = lineManager;
    }

    public SmartcardNeed getSmartcardNeed() {
        return smartcardNeed;
    }

    public void setSmartcardNeed(SmartcardNeed smartcardNeed) {
        this.smartcardNeed = smartcardNeed;
    }

    public String getIdpSubject() {
        return idpSubject;
    }

    void linkIdentity(String subject) {
        this.idpSubject = subject;
    }

    public StaffOrigin getOrigin() {
        return origin;
    }

    /** A first administrator's record found on the staff list: it takes the list's employee number from now on. */
    void joinStaffList(String employeeNumber) {
        this.employeeNumber = employeeNumber;
        this.origin = StaffOrigin.STAFF_LIST;
    }

    void madeForFirstAdministrator() {
        this.origin = StaffOrigin.FIRST_ADMINISTRATOR;
    }

    public LocalDate getLeavingDate() {
        return leavingDate;
    }

    public void setLeavingDate(LocalDate leavingDate) {
        this.leavingDate = leavingDate;
    }

    /** The NHS organisation a leaver moves to, when known: they keep their card. */
    public String getLeavingTo() {
        return leavingTo;
    }

    public void setLeavingTo(String leavingTo) {
        this.leavingTo = leavingTo;
    }

    /** When the portal finished with a leaver: from then on the record cannot be signed in to. */
    public Instant getRecordEndedAt() {
        return recordEndedAt;
    }

    public boolean hasEnded() {
        return recordEndedAt != null;
    }

    void endRecord(Instant at) {
        this.recordEndedAt = at;
    }

    /** The day a full staff list was first imported without this person, or null while they are on it. */
    public LocalDate getMissingFromStaffListSince() {
        return missingFromStaffListSince;
    }

    void setMissingFromStaffListSince(LocalDate since) {
        this.missingFromStaffListSince = since;
    }
}
