package uk.nhs.smartcardportal.passport;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.cards.CardFixtures;

/** Agreements and compliance records for tests, each with its own ODS codes so tests never see each other's. */
@Component
public class PassportFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 9_000));

    private final AgreementService agreements;
    private final ComplianceService compliance;
    private final CardFixtures cards;

    PassportFixtures(AgreementService agreements, ComplianceService compliance, CardFixtures cards) {
        this.agreements = agreements;
        this.compliance = compliance;
        this.cards = cards;
    }

    /** A fresh ODS code no other test uses: Q and five digits. */
    public String odsCode() {
        return "Q" + String.format("%05d", NEXT.incrementAndGet() % 100_000);
    }

    /** An agreement for all staff groups between the employer and one partner; returns the partner's name. */
    public String agreement(String employerOds, String partnerName) {
        cards.asAdmin(() -> agreements.saveAgreement(
                null,
                0,
                new AgreementDraft(
                        "Agreement " + employerOds,
                        List.of(
                                new AgreementMember(employerOds, "Employer " + employerOds),
                                new AgreementMember(odsCode(), partnerName)),
                        true,
                        Set.of(),
                        LocalDate.of(2024, 1, 1),
                        null,
                        null)));
        return partnerName;
    }

    /** Every check done and every subject completed on {@code completed}, for a person employed by the code. */
    public void completeRecord(long staffId, String employerOds, String staffGroup, LocalDate completed) {
        cards.asAdmin(() -> {
            Map<String, TrainingCompletion> training = new HashMap<>();
            for (TrainingSubject subject : agreements.subjects()) {
                training.put(subject.getCode(), new TrainingCompletion(completed, null));
            }
            long version = compliance.form(staffId).version();
            compliance.save(
                    staffId,
                    version,
                    staffGroup,
                    new ComplianceDetails(employerOds, completed, DbsLevel.ENHANCED, completed, completed, training));
            return null;
        });
    }
}
