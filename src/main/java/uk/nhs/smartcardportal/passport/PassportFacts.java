package uk.nhs.smartcardportal.passport;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the passport rules know about one person: whether their compliance record has arrived from ESR, their
 * employer and staff group, their pre-employment checks, and their training by subject code.
 */
public record PassportFacts(
        boolean recordReceived,
        String employerOdsCode,
        String staffGroupName,
        LocalDate rightToWorkCheckedOn,
        DbsLevel dbsLevel,
        LocalDate dbsCheckedOn,
        LocalDate occupationalHealthClearedOn,
        Map<String, TrainingDates> training) {

    public record TrainingDates(LocalDate completedOn, LocalDate expiresOn) {}
}
