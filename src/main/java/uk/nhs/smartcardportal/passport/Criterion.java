package uk.nhs.smartcardportal.passport;

/**
 * One line of a person's passport checklist: what is checked, how it stands, why, and what to do next (null when
 * nothing is to be done). A criterion can be met with a warning, such as training that expires within 30 days.
 */
public record Criterion(String name, CriterionState state, String reason, String nextStep, boolean warning) {

    static Criterion met(String name, String reason) {
        return new Criterion(name, CriterionState.MET, reason, null, false);
    }

    static Criterion metWithWarning(String name, String reason, String nextStep) {
        return new Criterion(name, CriterionState.MET, reason, nextStep, true);
    }

    static Criterion notMet(String name, String reason, String nextStep) {
        return new Criterion(name, CriterionState.NOT_MET, reason, nextStep, false);
    }

    static Criterion unknown(String name, String reason, String nextStep) {
        return new Criterion(name, CriterionState.UNKNOWN, reason, nextStep, false);
    }
}
