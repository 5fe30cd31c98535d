package uk.nhs.smartcardportal.passport;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's passport answer: the outcome, the partner organisations they may work at when eligible, every
 * criterion, and the earliest date a training subject they rely on expires (null when none).
 */
public record PassportAssessment(
        PassportOutcome outcome, List<String> partners, List<Criterion> criteria, LocalDate nextExpiry) {

    public List<Criterion> toDo() {
        return criteria.stream()
                .filter(criterion -> criterion.state() != CriterionState.MET)
                .toList();
    }

    public List<Criterion> warnings() {
        return criteria.stream().filter(Criterion::warning).toList();
    }
}
