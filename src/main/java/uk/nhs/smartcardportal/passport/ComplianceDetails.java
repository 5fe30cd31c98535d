package uk.nhs.smartcardportal.passport;

import java.time.LocalDate;
import java.util.Map;

/** One person's compliance values, as imported or edited; training by subject code. */
public record ComplianceDetails(String employerOdsCode, LocalDate rightToWorkCheckedOn, DbsLevel dbsLevel,
        LocalDate dbsCheckedOn, LocalDate occupationalHealthClearedOn, Map<String, TrainingCompletion> training) {
}
