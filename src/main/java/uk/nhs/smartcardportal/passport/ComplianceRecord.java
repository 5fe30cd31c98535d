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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** One person's pre-employment checks and training, from ESR extracts or edited by the Workforce Systems Team. */
@Entity
@Table(name = "compliance_record")
public class ComplianceRecord {

    @Id
    @Column(name = "staff_id")
    private Long staffId;

    @Version
    private long version;

    @Column(name = "employer_ods_code", length = 10)
    private String employerOdsCode;

    @Column(name = "right_to_work_checked_on")
    private LocalDate rightToWorkCheckedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "dbs_level", length = 30)
    private DbsLevel dbsLevel;

    @Column(name = "dbs_checked_on")
    private LocalDate dbsCheckedOn;

    @Column(name = "occupational_health_cleared_on")
    private LocalDate occupationalHealthClearedOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_record", joinColumns = @JoinColumn(name = "staff_id"))
    @MapKeyColumn(name = "subject_code", length = 40)
    private Map<String, TrainingCompletion> training = new HashMap<>();

    protected ComplianceRecord() {}

    ComplianceRecord(long staffId) {
        this.staffId = staffId;
    }

    /** Applies the values given; a null leaves the held value as it is. */
    void apply(ComplianceDetails details, Instant at) {
        if (details.employerOdsCode() != null) {
            employerOdsCode = details.employerOdsCode();
        }
        if (details.rightToWorkCheckedOn() != null) {
            rightToWorkCheckedOn = details.rightToWorkCheckedOn();
        }
        if (details.dbsLevel() != null) {
            dbsLevel = details.dbsLevel();
        }
        if (details.dbsCheckedOn() != null) {
            dbsCheckedOn = details.dbsCheckedOn();
        }
        if (details.occupationalHealthClearedOn() != null) {
            occupationalHealthClearedOn = details.occupationalHealthClearedOn();
        }
        details.training().forEach((subject, completion) -> {
            TrainingCompletion held = training.get(subject);
            training.put(
                    subject,
                    new TrainingCompletion(
                            completion.completedOn() != null
                                    ? completion.completedOn()
                                    : held == null ? null : held.completedOn(),
                            completion.expiresOn() != null
                                    ? completion.expiresOn()
                                    : held == null ? null : held.expiresOn()));
        });
        updatedAt = at;
    }

    /** Replaces every value with those given, as the Workforce Systems Team's edit form does. */
    void replace(ComplianceDetails details, Instant at) {
        employerOdsCode = details.employerOdsCode();
        rightToWorkCheckedOn = details.rightToWorkCheckedOn();
        dbsLevel = details.dbsLevel();
        dbsCheckedOn = details.dbsCheckedOn();
        occupationalHealthClearedOn = details.occupationalHealthClearedOn();
        training.clear();
        details.training().forEach((subject, completion) -> {
            if (completion.completedOn() != null || completion.expiresOn() != null) {
                training.put(subject, completion);
            }
        });
        updatedAt = at;
    }

    ComplianceDetails details() {
        return new ComplianceDetails(
                employerOdsCode,
                rightToWorkCheckedOn,
                dbsLevel,
                dbsCheckedOn,
                occupationalHealthClearedOn,
                new TreeMap<>(training));
    }

    /** The values for the audit trail. */
    Map<String, Object> describe() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("employerOdsCode", employerOdsCode);
        values.put("rightToWorkCheckedOn", rightToWorkCheckedOn);
        values.put("dbsLevel", dbsLevel);
        values.put("dbsCheckedOn", dbsCheckedOn);
        values.put("occupationalHealthClearedOn", occupationalHealthClearedOn);
        new TreeMap<>(training)
                .forEach((subject, completion) ->
                        values.put(subject, completion.completedOn() + " to " + completion.expiresOn()));
        return values;
    }

    public Long getStaffId() {
        return staffId;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
