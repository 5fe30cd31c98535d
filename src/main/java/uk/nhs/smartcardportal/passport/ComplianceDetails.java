package uk.nhs.smartcardportal.passport;

import java.time.LocalDate;
import java.util.Map;

/** One person's compliance values, as imported or edited; training by subject code. */
public record ComplianceDetails(
        String employerOdsCode,
        LocalDate rightToWorkCheckedOn,
        DbsLevel dbsLevel,
        LocalDate dbsCheckedOn,
        LocalDate occupationalHealthClearedOn,
        Map<String, TrainingCompletion> training) {

    /** The fields of the record, as refusals name them. */
    public static final String EMPLOYER = "employer";

    public static final String STAFF_GROUP = "staffGroup";
    public static final String RIGHT_TO_WORK = "rightToWork";
    public static final String DBS_LEVEL = "dbsLevel";
    public static final String DBS_DATE = "dbsDate";
    public static final String OCCUPATIONAL_HEALTH = "occupationalHealth";
    public static final String TRAINING = "training";

    public static String completedField(String subjectCode) {
        return "training." + subjectCode + ".completed";
    }

    public static String expiresField(String subjectCode) {
        return "training." + subjectCode + ".expires";
    }
}
