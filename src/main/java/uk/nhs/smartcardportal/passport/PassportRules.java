package uk.nhs.smartcardportal.passport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every staff passport rule, in one place. Each criterion comes out met, not met or not known, with the reason and the
 * next step; training expiring within {@link #WARNING_DAYS} days is met with a warning. Training is in date up to and
 * including its expiry day. Pure: the day is given, so the rules are tested with any date.
 */
public final class PassportRules {

    public static final int WARNING_DAYS = 30;
    static final String EMPLOYER = "Employer in a passporting agreement";
    static final String STAFF_GROUP = "Staff group covered";
    static final String RIGHT_TO_WORK = "Right to work check";
    static final String DBS = "DBS check";
    static final String OCCUPATIONAL_HEALTH = "Occupational health clearance";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String NOT_RECEIVED = "Not received from ESR yet.";
    private static final String WAIT_FOR_ESR =
            "It arrives with the next ESR extract; if it does not, ask the " + "Workforce Systems Team.";

    private PassportRules() {}

    public static PassportAssessment assess(
            PassportFacts facts, List<AgreementTerms> agreements, List<SubjectRule> subjects, LocalDate today) {
        List<Criterion> criteria = new ArrayList<>();
        List<AgreementTerms> active = agreements.stream()
                .filter(agreement -> agreement.activeOn(today))
                .toList();
        List<AgreementTerms> withEmployer = facts.employerOdsCode() == null
                ? active
                : active.stream()
                        .filter(agreement -> agreement.members().containsKey(facts.employerOdsCode()))
                        .toList();
        criteria.add(employer(facts, withEmployer));
        Optional<StaffGroup> group = StaffGroup.fromName(facts.staffGroupName());
        List<AgreementTerms> covering = group.map(known -> withEmployer.stream()
                        .filter(agreement -> agreement.covers(known))
                        .toList())
                .orElse(List.of());
        criteria.add(staffGroup(facts, group.orElse(null), withEmployer, covering));
        criteria.addAll(checks(facts));
        LocalDate nextExpiry = null;
        for (SubjectRule subject : subjects) {
            if (subject.requiredOf(group.orElse(null))) {
                LocalDate expires = expiry(facts.training().get(subject.code()), subject);
                criteria.add(training(facts, subject, expires, today));
                if (expires != null
                        && !expires.isBefore(today)
                        && (nextExpiry == null || expires.isBefore(nextExpiry))) {
                    nextExpiry = expires;
                }
            }
        }
        return new PassportAssessment(
                outcome(criteria),
                partners(criteria, covering, facts.employerOdsCode()),
                List.copyOf(criteria),
                nextExpiry);
    }

    private static Criterion employer(PassportFacts facts, List<AgreementTerms> withEmployer) {
        if (facts.employerOdsCode() == null) {
            return Criterion.unknown(
                    EMPLOYER,
                    "Your employing organisation is not on your record.",
                    "Ask the Workforce Systems Team to check your ESR record.");
        }
        if (withEmployer.isEmpty()) {
            return Criterion.notMet(
                    EMPLOYER,
                    "Your organisation (" + facts.employerOdsCode() + ") is not in an "
                            + "active passporting agreement.",
                    null);
        }
        return Criterion.met(EMPLOYER, "Your organisation is in " + names(withEmployer) + ".");
    }

    private static Criterion staffGroup(
            PassportFacts facts, StaffGroup group, List<AgreementTerms> withEmployer, List<AgreementTerms> covering) {
        if (group == null) {
            return Criterion.unknown(
                    STAFF_GROUP,
                    facts.staffGroupName() == null
                            ? "Your staff group is not on your record."
                            : "Your staff group (" + facts.staffGroupName() + ") is not one we recognise.",
                    "Ask the Workforce Systems Team to correct your staff group in ESR.");
        }
        if (withEmployer.isEmpty()) {
            return Criterion.unknown(STAFF_GROUP, group.label() + ": no agreement to check it against.", null);
        }
        if (covering.isEmpty()) {
            return Criterion.notMet(
                    STAFF_GROUP, group.label() + " is not covered by " + names(withEmployer) + ".", null);
        }
        return Criterion.met(STAFF_GROUP, group.label() + " is covered.");
    }

    private static List<Criterion> checks(PassportFacts facts) {
        if (!facts.recordReceived()) {
            return List.of(
                    Criterion.unknown(RIGHT_TO_WORK, NOT_RECEIVED, WAIT_FOR_ESR),
                    Criterion.unknown(DBS, NOT_RECEIVED, WAIT_FOR_ESR),
                    Criterion.unknown(OCCUPATIONAL_HEALTH, NOT_RECEIVED, WAIT_FOR_ESR));
        }
        return List.of(
                facts.rightToWorkCheckedOn() == null
                        ? Criterion.notMet(
                                RIGHT_TO_WORK,
                                "Your right to work check is not recorded.",
                                "Ask Recruitment to complete and record it.")
                        : Criterion.met(RIGHT_TO_WORK, "Checked on " + DAY.format(facts.rightToWorkCheckedOn()) + "."),
                facts.dbsLevel() == null || facts.dbsCheckedOn() == null
                        ? Criterion.notMet(DBS, "No DBS check is recorded.", "Ask Recruitment about your DBS check.")
                        : Criterion.met(
                                DBS, facts.dbsLevel().label() + " check on " + DAY.format(facts.dbsCheckedOn()) + "."),
                facts.occupationalHealthClearedOn() == null
                        ? Criterion.notMet(
                                OCCUPATIONAL_HEALTH,
                                "Your clearance is not recorded.",
                                "Complete your occupational health questionnaire, or ask Occupational Health.")
                        : Criterion.met(
                                OCCUPATIONAL_HEALTH,
                                "Cleared on " + DAY.format(facts.occupationalHealthClearedOn()) + "."));
    }

    private static LocalDate expiry(PassportFacts.TrainingDates dates, SubjectRule subject) {
        if (dates == null) {
            return null;
        }
        if (dates.expiresOn() != null) {
            return dates.expiresOn();
        }
        return dates.completedOn() == null ? null : dates.completedOn().plusMonths(subject.refresherMonths());
    }

    private static Criterion training(PassportFacts facts, SubjectRule subject, LocalDate expires, LocalDate today) {
        String renew = "renew it in " + subject.renewAt() + ".";
        if (!facts.recordReceived()) {
            return Criterion.unknown(subject.name(), NOT_RECEIVED, WAIT_FOR_ESR);
        }
        if (expires == null) {
            return Criterion.notMet(
                    subject.name(), "No completion is recorded.", "Complete it in " + subject.renewAt() + ".");
        }
        if (expires.isBefore(today)) {
            return Criterion.notMet(
                    subject.name(), subject.name() + " expired on " + DAY.format(expires) + ".", capitalise(renew));
        }
        if (!expires.isAfter(today.plusDays(WARNING_DAYS))) {
            return Criterion.metWithWarning(
                    subject.name(),
                    "In date until " + DAY.format(expires) + ".",
                    (expires.equals(today) ? "It expires today: " : "It expires on " + DAY.format(expires) + ": ")
                            + renew);
        }
        return Criterion.met(subject.name(), "In date until " + DAY.format(expires) + ".");
    }

    private static PassportOutcome outcome(List<Criterion> criteria) {
        boolean notCovered = criteria.stream()
                .anyMatch(criterion ->
                        (criterion.name().equals(EMPLOYER) || criterion.name().equals(STAFF_GROUP))
                                && criterion.state() == CriterionState.NOT_MET);
        if (notCovered) {
            return PassportOutcome.NOT_COVERED;
        }
        return criteria.stream().allMatch(criterion -> criterion.state() == CriterionState.MET)
                ? PassportOutcome.ELIGIBLE
                : PassportOutcome.NOT_YET;
    }

    private static List<String> partners(List<Criterion> criteria, List<AgreementTerms> covering, String employer) {
        if (outcome(criteria) != PassportOutcome.ELIGIBLE) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>();
        for (AgreementTerms agreement : covering) {
            for (Map.Entry<String, String> member : agreement.members().entrySet()) {
                if (!member.getKey().equals(employer)) {
                    names.add(member.getValue());
                }
            }
        }
        return List.copyOf(names);
    }

    private static String names(List<AgreementTerms> agreements) {
        return agreements.stream().map(AgreementTerms::name).sorted().collect(Collectors.joining(" and "));
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
