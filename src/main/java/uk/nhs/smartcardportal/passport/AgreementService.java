package uk.nhs.smartcardportal.passport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.ConcurrentChangeException;
import uk.nhs.smartcardportal.base.InputText;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.RuleViolationException;

/**
 * Passporting agreements and the training subjects the passport asks for, kept by the Workforce Systems Team. A change
 * to either works out everyone's answer again in the same transaction, so lists never show answers from old rules.
 */
@Service
public class AgreementService {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private final PassportAgreementRepository agreements;
    private final TrainingSubjectRepository subjects;
    private final PassportAssessor assessor;
    private final AuditService audit;

    AgreementService(PassportAgreementRepository agreements, TrainingSubjectRepository subjects,
            PassportAssessor assessor, AuditService audit) {
        this.agreements = agreements;
        this.subjects = subjects;
        this.assessor = assessor;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('WORKFORCE')")
    @Transactional(readOnly = true)
    public List<PassportAgreement> agreements() {
        return agreements.findAllByOrderByValidFromDescNameAsc();
    }

    @PreAuthorize("hasRole('WORKFORCE')")
    @Transactional(readOnly = true)
    public List<TrainingSubject> subjects() {
        return subjects.findAllByOrderBySortOrder();
    }

    /** Adds an agreement (id null) or changes one; returns its id. */
    @PreAuthorize("hasRole('WORKFORCE')")
    @Transactional
    public long saveAgreement(Long id, long expectedVersion, AgreementDraft typed) {
        AgreementDraft draft = check(typed);
        if (agreements.existsByNameIgnoreCaseAndIdNot(draft.name(), id == null ? -1L : id)) {
            throw new RuleViolationException("Another agreement is called " + draft.name() + ".");
        }
        PassportAgreement agreement = id == null ? new PassportAgreement(draft.name())
                : agreements.findById(id).orElseThrow(() -> new RecordNotFoundException("The agreement"));
        if (id != null && agreement.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("agreement");
        }
        Map<String, Object> before = id == null ? null : describe(agreement);
        agreement.update(draft);
        agreements.saveAndFlush(agreement);
        audit.record(id == null ? "PASSPORT_AGREEMENT_ADDED" : "PASSPORT_AGREEMENT_CHANGED", "PassportAgreement",
                agreement.getId(), before, describe(agreement));
        assessor.reassessEveryone();
        return agreement.getId();
    }

    @PreAuthorize("hasRole('WORKFORCE')")
    @Transactional
    public void saveSubject(String code, long expectedVersion, int refresherMonths, boolean allStaffGroups,
            Set<StaffGroup> requiredFor, String renewAt) {
        TrainingSubject subject = subjects.findById(code)
                .orElseThrow(() -> new RecordNotFoundException("The training subject"));
        if (subject.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("training subject");
        }
        if (refresherMonths < 1 || refresherMonths > 120) {
            throw new RuleViolationException("The refresher period is 1 to 120 months.");
        }
        if (!allStaffGroups && (requiredFor == null || requiredFor.isEmpty())) {
            throw new RuleViolationException("Choose the staff groups that need " + subject.getName()
                    + ", or all staff groups.");
        }
        String where = InputText.optional(renewAt, TrainingSubject.RENEW_AT_MAX, "Where to renew it");
        if (where == null) {
            throw new RuleViolationException("Say where people renew " + subject.getName() + ".");
        }
        Map<String, Object> before = describe(subject);
        subject.update(refresherMonths, allStaffGroups, requiredFor == null ? Set.of() : requiredFor, where);
        subjects.saveAndFlush(subject);
        audit.record("TRAINING_SUBJECT_CHANGED", "TrainingSubject", code, before, describe(subject));
        assessor.reassessEveryone();
    }

    private static AgreementDraft check(AgreementDraft typed) {
        String name = InputText.optional(typed.name(), PassportAgreement.NAME_MAX, "The name");
        if (name == null) {
            throw new RuleViolationException("Give the agreement a name.");
        }
        List<AgreementMember> members = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (AgreementMember member : typed.members() == null ? List.<AgreementMember>of() : typed.members()) {
            String code = ComplianceRules.odsCode(member.odsCode());
            String organisation = InputText.optional(member.name(), 120, "An organisation's name");
            if (code == null || code.isEmpty() || organisation == null) {
                throw new RuleViolationException("Give each member organisation its ODS code and its name.");
            }
            if (ComplianceRules.odsCodeProblem(code) != null) {
                throw new RuleViolationException(code + ": " + ComplianceRules.odsCodeProblem(code));
            }
            if (!codes.add(code)) {
                throw new RuleViolationException(code + " is listed twice.");
            }
            members.add(new AgreementMember(code, organisation));
        }
        if (members.size() < 2) {
            throw new RuleViolationException("An agreement needs at least two member organisations.");
        }
        Set<StaffGroup> groups = typed.staffGroups() == null || typed.staffGroups().isEmpty()
                ? EnumSet.noneOf(StaffGroup.class) : EnumSet.copyOf(typed.staffGroups());
        if (!typed.allStaffGroups() && groups.isEmpty()) {
            throw new RuleViolationException("Choose the staff groups the agreement covers, or all staff groups.");
        }
        if (typed.validFrom() == null) {
            throw new RuleViolationException("Give the date the agreement starts.");
        }
        if (typed.validTo() != null && typed.validTo().isBefore(typed.validFrom())) {
            throw new RuleViolationException("The agreement cannot end before it starts.");
        }
        if (typed.validFrom().isBefore(EARLIEST) || typed.validFrom().isAfter(LATEST)
                || (typed.validTo() != null && typed.validTo().isAfter(LATEST))) {
            throw new RuleViolationException("Agreement dates between 1 January 2000 and 31 December 2099, please.");
        }
        return new AgreementDraft(name, members, typed.allStaffGroups(), groups, typed.validFrom(), typed.validTo(),
                InputText.optional(typed.notes(), PassportAgreement.NOTES_MAX, "The notes"));
    }

    private static Map<String, Object> describe(PassportAgreement agreement) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", agreement.getName());
        values.put("members", agreement.getMembers().stream().map(member -> member.odsCode() + " " + member.name())
                .collect(Collectors.joining("; ")));
        values.put("staffGroups", agreement.isAllStaffGroups() ? "all" : agreement.getStaffGroups().toString());
        values.put("validFrom", agreement.getValidFrom());
        values.put("validTo", agreement.getValidTo());
        values.put("notes", agreement.getNotes());
        return values;
    }

    private static Map<String, Object> describe(TrainingSubject subject) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("refresherMonths", subject.getRefresherMonths());
        values.put("requiredFor", subject.isAllStaffGroups() ? "all" : subject.getRequiredFor().toString());
        values.put("renewAt", subject.getRenewAt());
        return values;
    }
}
