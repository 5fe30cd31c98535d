package uk.nhs.smartcardportal.passport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The passport rules as a table of cases, judged on Tuesday 24 November 2026. */
class PassportRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final String OURS = "REM";

    private static final SubjectRule FIRE =
            new SubjectRule("FIRE_SAFETY", "Fire safety", 24, true, Set.of(), "ESR e-learning");
    private static final SubjectRule RESUS = new SubjectRule(
            "RESUSCITATION",
            "Resuscitation",
            12,
            false,
            Set.of(StaffGroup.NURSING_AND_MIDWIFERY, StaffGroup.MEDICAL_AND_DENTAL),
            "a resuscitation session");
    private static final List<SubjectRule> SUBJECTS = List.of(FIRE, RESUS);

    private static final AgreementTerms CHESHIRE_AND_MERSEY = agreement(
            "Cheshire and Mersey passport",
            "2025-01-01",
            null,
            true,
            Set.of(),
            Map.of(OURS, "Our trust", "RBN", "Mersey and West Lancashire", "RBQ", "Liverpool Heart and Chest"));
    private static final AgreementTerms MEDICAL_ONLY = agreement(
            "Northern medical rotation",
            "2026-01-01",
            "2027-12-31",
            false,
            Set.of(StaffGroup.MEDICAL_AND_DENTAL),
            Map.of(OURS, "Our trust", "RXN", "Lancashire Teaching Hospitals"));

    private static AgreementTerms agreement(
            String name, String from, String to, boolean all, Set<StaffGroup> groups, Map<String, String> members) {
        return new AgreementTerms(
                name,
                LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                new LinkedHashMap<>(members),
                all,
                groups);
    }

    /** A nurse at our trust with every check done and all training in date for a long while. */
    private static PassportFacts complete() {
        Map<String, PassportFacts.TrainingDates> training = new HashMap<>();
        training.put("FIRE_SAFETY", new PassportFacts.TrainingDates(TODAY.minusMonths(2), TODAY.plusMonths(22)));
        training.put("RESUSCITATION", new PassportFacts.TrainingDates(TODAY.minusMonths(1), TODAY.plusMonths(11)));
        return new PassportFacts(
                true,
                OURS,
                "Nursing and Midwifery Registered",
                TODAY.minusYears(1),
                DbsLevel.ENHANCED,
                TODAY.minusYears(1),
                TODAY.minusYears(1),
                training);
    }

    private static PassportFacts withTraining(
            PassportFacts facts, String code, LocalDate completed, LocalDate expires) {
        Map<String, PassportFacts.TrainingDates> training = new HashMap<>(facts.training());
        if (completed == null && expires == null) {
            training.remove(code);
        } else {
            training.put(code, new PassportFacts.TrainingDates(completed, expires));
        }
        return new PassportFacts(
                facts.recordReceived(),
                facts.employerOdsCode(),
                facts.staffGroupName(),
                facts.rightToWorkCheckedOn(),
                facts.dbsLevel(),
                facts.dbsCheckedOn(),
                facts.occupationalHealthClearedOn(),
                training);
    }

    private static PassportFacts change(UnaryOperator<PassportFactsBuilder> edit) {
        return edit.apply(new PassportFactsBuilder(complete())).build();
    }

    /** Changes one fact at a time. */
    private record PassportFactsBuilder(PassportFacts facts) {
        PassportFactsBuilder employer(String ods) {
            return new PassportFactsBuilder(new PassportFacts(
                    true,
                    ods,
                    facts.staffGroupName(),
                    facts.rightToWorkCheckedOn(),
                    facts.dbsLevel(),
                    facts.dbsCheckedOn(),
                    facts.occupationalHealthClearedOn(),
                    facts.training()));
        }

        PassportFactsBuilder group(String name) {
            return new PassportFactsBuilder(new PassportFacts(
                    true,
                    facts.employerOdsCode(),
                    name,
                    facts.rightToWorkCheckedOn(),
                    facts.dbsLevel(),
                    facts.dbsCheckedOn(),
                    facts.occupationalHealthClearedOn(),
                    facts.training()));
        }

        PassportFactsBuilder noRightToWork() {
            return new PassportFactsBuilder(new PassportFacts(
                    true,
                    facts.employerOdsCode(),
                    facts.staffGroupName(),
                    null,
                    facts.dbsLevel(),
                    facts.dbsCheckedOn(),
                    facts.occupationalHealthClearedOn(),
                    facts.training()));
        }

        PassportFactsBuilder noDbs() {
            return new PassportFactsBuilder(new PassportFacts(
                    true,
                    facts.employerOdsCode(),
                    facts.staffGroupName(),
                    facts.rightToWorkCheckedOn(),
                    null,
                    null,
                    facts.occupationalHealthClearedOn(),
                    facts.training()));
        }

        PassportFactsBuilder noOccupationalHealth() {
            return new PassportFactsBuilder(new PassportFacts(
                    true,
                    facts.employerOdsCode(),
                    facts.staffGroupName(),
                    facts.rightToWorkCheckedOn(),
                    facts.dbsLevel(),
                    facts.dbsCheckedOn(),
                    null,
                    facts.training()));
        }

        PassportFactsBuilder notReceived() {
            return new PassportFactsBuilder(new PassportFacts(
                    false, facts.employerOdsCode(), facts.staffGroupName(), null, null, null, null, Map.of()));
        }

        PassportFactsBuilder fire(LocalDate completed, LocalDate expires) {
            return new PassportFactsBuilder(withTraining(facts, "FIRE_SAFETY", completed, expires));
        }

        PassportFacts build() {
            return facts;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "everything in place",
                        complete(),
                        List.of(CHESHIRE_AND_MERSEY),
                        PassportOutcome.ELIGIBLE,
                        null,
                        CriterionState.MET,
                        null),
                Arguments.of(
                        "no agreement at all",
                        complete(),
                        List.of(),
                        PassportOutcome.NOT_COVERED,
                        PassportRules.EMPLOYER,
                        CriterionState.NOT_MET,
                        "(REM) is not in an active passporting"),
                Arguments.of(
                        "employer outside every agreement",
                        change(f -> f.employer("RXX")),
                        List.of(CHESHIRE_AND_MERSEY),
                        PassportOutcome.NOT_COVERED,
                        PassportRules.EMPLOYER,
                        CriterionState.NOT_MET,
                        "(RXX) is not in an active"),
                Arguments.of(
                        "employer not on the record",
                        change(f -> f.employer(null)),
                        List.of(CHESHIRE_AND_MERSEY),
                        PassportOutcome.NOT_YET,
                        PassportRules.EMPLOYER,
                        CriterionState.UNKNOWN,
                        "not on your record"),
                Arguments.of(
                        "agreement ended yesterday",
                        complete(),
                        List.of(agreement(
                                "Old",
                                "2024-01-01",
                                "2026-11-23",
                                true,
                                Set.of(),
                                Map.of(OURS, "Ours", "RBN", "Them"))),
                        PassportOutcome.NOT_COVERED,
                        PassportRules.EMPLOYER,
                        CriterionState.NOT_MET,
                        "not in an active"),
                Arguments.of(
                        "agreement ends today",
                        complete(),
                        List.of(agreement(
                                "Ending",
                                "2024-01-01",
                                "2026-11-24",
                                true,
                                Set.of(),
                                Map.of(OURS, "Ours", "RBN", "Them"))),
                        PassportOutcome.ELIGIBLE,
                        PassportRules.EMPLOYER,
                        CriterionState.MET,
                        "Ending"),
                Arguments.of(
                        "agreement starts tomorrow",
                        complete(),
                        List.of(agreement(
                                "Future", "2026-11-25", null, true, Set.of(), Map.of(OURS, "Ours", "RBN", "Them"))),
                        PassportOutcome.NOT_COVERED,
                        PassportRules.EMPLOYER,
                        CriterionState.NOT_MET,
                        "not in an active"),
                Arguments.of(
                        "staff group not covered",
                        complete(),
                        List.of(MEDICAL_ONLY),
                        PassportOutcome.NOT_COVERED,
                        PassportRules.STAFF_GROUP,
                        CriterionState.NOT_MET,
                        "Nursing and Midwifery Registered is not covered by Northern medical rotation"),
                Arguments.of(
                        "staff group unknown",
                        change(f -> f.group("Porters")),
                        List.of(CHESHIRE_AND_MERSEY),
                        PassportOutcome.NOT_YET,
                        PassportRules.STAFF_GROUP,
                        CriterionState.UNKNOWN,
                        "(Porters) is not one we recognise"),
                Arguments.of(
                        "no right to work check",
                        change(PassportFactsBuilder::noRightToWork),
                        List.of(CHESHIRE_AND_MERSEY),
                        PassportOutcome.NOT_YET,
                        PassportRules.RIGHT_TO_WORK,
                        CriterionState.NOT_MET,
                        "not recorded"),
                Arguments.of(
                        "no DBS check",
                        change(PassportFactsBuilder::noDbs),
                        List.of(CHESHIRE_AND_MERSEY),
                        PassportOutcome.NOT_YET,
                        PassportRules.DBS,
                        CriterionState.NOT_MET,
                        "No DBS check"),
                Arguments.of(
                        "no occupational health clearance",
                        change(PassportFactsBuilder::noOccupationalHealth),
                        List.of(CHESHIRE_AND_MERSEY),
                        PassportOutcome.NOT_YET,
                        PassportRules.OCCUPATIONAL_HEALTH,
                        CriterionState.NOT_MET,
                        "not recorded"),
                Arguments.of(
                        "record not received from ESR",
                        change(PassportFactsBuilder::notReceived),
                        List.of(CHESHIRE_AND_MERSEY),
                        PassportOutcome.NOT_YET,
                        PassportRules.DBS,
                        CriterionState.UNKNOWN,
                        "Not received from ESR yet."),
                Arguments.of(
                        "fire safety expired yesterday",
                        change(f -> f.fire(TODAY.minusYears(2), TODAY.minusDays(1))),
                        List.of(CHESHIRE_AND_MERSEY),
                        PassportOutcome.NOT_YET,
                        "Fire safety",
                        CriterionState.NOT_MET,
                        "Fire safety expired on 23 November 2026."),
                Arguments.of(
                        "fire safety expires today",
                        change(f -> f.fire(TODAY.minusYears(2), TODAY)),
                        List.of(CHESHIRE_AND_MERSEY),
                        PassportOutcome.ELIGIBLE,
                        "Fire safety",
                        CriterionState.MET,
                        "In date until 24 November 2026."),
                Arguments.of(
                        "fire safety expires in 30 days",
                        change(f -> f.fire(TODAY.minusYears(2), TODAY.plusDays(30))),
                        List.of(CHESHIRE_AND_MERSEY),
                        PassportOutcome.ELIGIBLE,
                        "Fire safety",
                        CriterionState.MET,
                        "In date until 24 December 2026."),
                Arguments.of(
                        "fire safety never done",
                        change(f -> f.fire(null, null)),
                        List.of(CHESHIRE_AND_MERSEY),
                        PassportOutcome.NOT_YET,
                        "Fire safety",
                        CriterionState.NOT_MET,
                        "No completion is recorded."),
                Arguments.of(
                        "expiry worked out from the refresher period",
                        change(f -> f.fire(TODAY.minusMonths(25), null)),
                        List.of(CHESHIRE_AND_MERSEY),
                        PassportOutcome.NOT_YET,
                        "Fire safety",
                        CriterionState.NOT_MET,
                        "Fire safety expired on 24 October 2026."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCriterionDecidesTheAnswer(
            String name,
            PassportFacts facts,
            List<AgreementTerms> agreements,
            PassportOutcome outcome,
            String criterion,
            CriterionState state,
            String reason) {
        PassportAssessment assessment = PassportRules.assess(facts, agreements, SUBJECTS, TODAY);

        assertThat(assessment.outcome()).isEqualTo(outcome);
        if (criterion != null) {
            assertThat(assessment.criteria())
                    .filteredOn(c -> c.name().equals(criterion))
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(c.state()).isEqualTo(state);
                        assertThat(c.reason()).contains(reason);
                    });
        } else {
            assertThat(assessment.criteria()).allMatch(c -> c.state() == state);
        }
        if (outcome != PassportOutcome.ELIGIBLE) {
            assertThat(assessment.partners()).isEmpty();
        }
    }

    @Test
    void anExpiredSubjectSaysWhenAndWhereToRenew() {
        PassportAssessment assessment = PassportRules.assess(
                change(f -> f.fire(TODAY.minusYears(3), LocalDate.of(2026, 3, 3))),
                List.of(CHESHIRE_AND_MERSEY),
                SUBJECTS,
                TODAY);

        assertThat(assessment.toDo()).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo("Fire safety expired on 3 March 2026.");
            assertThat(c.nextStep()).isEqualTo("Renew it in ESR e-learning.");
        });
    }

    @Test
    void trainingExpiringWithinThirtyDaysIsMetWithAWarningAndTheNextExpiryIsKnown() {
        PassportAssessment within = PassportRules.assess(
                change(f -> f.fire(TODAY.minusYears(2), TODAY.plusDays(30))),
                List.of(CHESHIRE_AND_MERSEY),
                SUBJECTS,
                TODAY);
        PassportAssessment beyond = PassportRules.assess(
                change(f -> f.fire(TODAY.minusYears(2), TODAY.plusDays(31))),
                List.of(CHESHIRE_AND_MERSEY),
                SUBJECTS,
                TODAY);
        PassportAssessment today = PassportRules.assess(
                change(f -> f.fire(TODAY.minusYears(2), TODAY)), List.of(CHESHIRE_AND_MERSEY), SUBJECTS, TODAY);

        assertThat(within.warnings())
                .singleElement()
                .extracting(Criterion::nextStep)
                .isEqualTo("It expires on 24 December 2026: renew it in ESR e-learning.");
        assertThat(within.nextExpiry()).isEqualTo(TODAY.plusDays(30));
        assertThat(beyond.warnings()).isEmpty();
        assertThat(today.warnings())
                .singleElement()
                .extracting(Criterion::nextStep)
                .isEqualTo("It expires today: renew it in ESR e-learning.");
    }

    @Test
    void resuscitationIsAskedOnlyOfTheGroupsThatNeedIt() {
        PassportAssessment nurse = PassportRules.assess(complete(), List.of(CHESHIRE_AND_MERSEY), SUBJECTS, TODAY);
        PassportAssessment clerk = PassportRules.assess(
                change(f -> f.group("Administrative and Clerical")), List.of(CHESHIRE_AND_MERSEY), SUBJECTS, TODAY);

        assertThat(nurse.criteria()).extracting(Criterion::name).contains("Resuscitation");
        assertThat(clerk.criteria()).extracting(Criterion::name).doesNotContain("Resuscitation");
        assertThat(clerk.outcome()).isEqualTo(PassportOutcome.ELIGIBLE);
    }

    @Test
    void severalAgreementsGiveEveryPartnerOfThoseCoveringTheGroupAndNeverTheEmployer() {
        PassportAssessment doctor = PassportRules.assess(
                change(f -> f.group("Medical and Dental")),
                List.of(CHESHIRE_AND_MERSEY, MEDICAL_ONLY),
                SUBJECTS,
                TODAY);
        PassportAssessment nurse =
                PassportRules.assess(complete(), List.of(CHESHIRE_AND_MERSEY, MEDICAL_ONLY), SUBJECTS, TODAY);

        assertThat(doctor.partners())
                .containsExactly(
                        "Lancashire Teaching Hospitals", "Liverpool Heart and Chest", "Mersey and West Lancashire");
        assertThat(nurse.partners()).containsExactly("Liverpool Heart and Chest", "Mersey and West Lancashire");
        assertThat(nurse.criteria())
                .filteredOn(c -> c.name().equals(PassportRules.EMPLOYER))
                .singleElement()
                .extracting(Criterion::reason)
                .asString()
                .contains("Cheshire and Mersey passport and Northern medical rotation");
    }
}
