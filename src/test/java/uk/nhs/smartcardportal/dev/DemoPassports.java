package uk.nhs.smartcardportal.dev;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.passport.AgreementDraft;
import uk.nhs.smartcardportal.passport.AgreementMember;
import uk.nhs.smartcardportal.passport.AgreementService;
import uk.nhs.smartcardportal.passport.ComplianceDetails;
import uk.nhs.smartcardportal.passport.ComplianceService;
import uk.nhs.smartcardportal.passport.DbsLevel;
import uk.nhs.smartcardportal.passport.StaffGroup;
import uk.nhs.smartcardportal.passport.TrainingCompletion;
import uk.nhs.smartcardportal.passport.TrainingSubject;
import uk.nhs.smartcardportal.staff.StaffRepository;

/**
 * Demo passporting agreements and compliance records, entered through the services as the Workforce Systems Team
 * would: Amira (starter) is not yet eligible, her information governance training having expired; Tom and Dr Ali are
 * eligible; everyone else has no record from ESR yet.
 */
@Component
@Profile("dev")
@Order(1)
class DemoPassports implements ApplicationRunner {

    static final String CHESHIRE_AND_MERSEY = "Cheshire and Merseyside staff passport";

    private final AgreementService agreements;
    private final ComplianceService compliance;
    private final CardFixtures fixtures;
    private final StaffRepository staff;
    private final Clock clock;

    DemoPassports(
            AgreementService agreements,
            ComplianceService compliance,
            CardFixtures fixtures,
            StaffRepository staff,
            Clock clock) {
        this.agreements = agreements;
        this.compliance = compliance;
        this.fixtures = fixtures;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        fixtures.asAdmin(() -> {
            if (!agreements.agreements().isEmpty()) {
                return null;
            }
            agreements.saveAgreement(
                    null,
                    0,
                    new AgreementDraft(
                            CHESHIRE_AND_MERSEY,
                            List.of(
                                    new AgreementMember("REM", "Liverpool University Hospitals NHS Foundation Trust"),
                                    new AgreementMember(
                                            "RBQ", "Liverpool Heart and Chest Hospital NHS Foundation Trust"),
                                    new AgreementMember(
                                            "RBN", "Mersey and West Lancashire Teaching Hospitals NHS Trust"),
                                    new AgreementMember("REP", "Liverpool Women's NHS Foundation Trust")),
                            true,
                            Set.of(),
                            LocalDate.of(2024, 4, 1),
                            null,
                            "Signed by the four trusts' chief people officers."));
            agreements.saveAgreement(
                    null,
                    0,
                    new AgreementDraft(
                            "North West doctors in training",
                            List.of(
                                    new AgreementMember("REM", "Liverpool University Hospitals NHS Foundation Trust"),
                                    new AgreementMember("RXN", "Lancashire Teaching Hospitals NHS Foundation Trust"),
                                    new AgreementMember(
                                            "RBL", "Wirral University Teaching Hospital NHS Foundation Trust")),
                            false,
                            EnumSet.of(StaffGroup.MEDICAL_AND_DENTAL),
                            LocalDate.of(2025, 8, 1),
                            LocalDate.of(2028, 7, 31),
                            "Rotations for foundation and specialty doctors."));
            LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
            record(DemoUsers.STARTER, today, Map.of("INFORMATION_GOVERNANCE", today.minusDays(20)));
            record(DemoUsers.MANAGER, today, Map.of("FIRE_SAFETY", today.plusDays(18)));
            record(
                    DemoUsers.ALL.stream()
                            .filter(user -> user.employeeNumber().equals("E100008"))
                            .findFirst()
                            .orElseThrow(),
                    today,
                    Map.of());
            return null;
        });
    }

    /** Every check done a few months ago and all training in date, except the expiries given. */
    private void record(DemoUser user, LocalDate today, Map<String, LocalDate> expiries) {
        long staffId =
                staff.findByEmployeeNumber(user.employeeNumber()).orElseThrow().getId();
        Map<String, TrainingCompletion> training = new HashMap<>();
        for (TrainingSubject subject : agreements.subjects()) {
            LocalDate expires = expiries.get(subject.getCode());
            LocalDate completed =
                    expires == null ? today.minusMonths(2) : expires.minusMonths(subject.getRefresherMonths());
            training.put(subject.getCode(), new TrainingCompletion(completed, expires));
        }
        compliance.save(
                staffId,
                0,
                user.staffGroup(),
                new ComplianceDetails(
                        null,
                        today.minusMonths(4),
                        DbsLevel.ENHANCED_WITH_BARRED_LISTS,
                        today.minusMonths(4),
                        today.minusMonths(3),
                        training));
    }
}
