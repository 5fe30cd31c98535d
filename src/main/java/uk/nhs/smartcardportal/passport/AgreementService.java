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
import uk.nhs.smartcardportal.base.InputProblems;
import uk.nhs.smartcardportal.base.InputText;
import uk.nhs.smartcardportal.base.InvalidInputException;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.VersionCheck;

/**
 * Passporting agreements and the training subjects the passport asks for, kept by the Workforce Systems Team. A change
 * to either works out everyone's answer again in the same transaction, so lists never show answers from old rules.
 */
@Service
@PreAuthorize(Roles.IS_WORKFORCE)
public class AgreementService {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private final PassportAgreementRepository agreements;
    private final TrainingSubjectRepository subjects;
    private final PassportAssessor assessor;
    private final AuditService audit;

    AgreementService(
            PassportAgreementRepository agreements,
            TrainingSubjectRepository subjects,
            PassportAssessor assessor,
            AuditService audit) {
        this.agreements = agreements;
        this.subjects = subjects;
        this.assessor = assessor;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PassportAgreement> agreements() {
        return agreements.findAllByOrderByValidFromDescNameAsc();
    }

    @Transactional(readOnly = true)
    public List<TrainingSubject> subjects() {
        return subjects.findAllByOrderBySortOrder();
    }

    /** Adds an agreement (id null) or changes one; returns its id. */
    @Transactional
    public long saveAgreement(Long id, long expectedVersion, AgreementDraft typed) {
        AgreementDraft draft = check(typed);
        if (agreements.existsByNameIgnoreCaseAndIdNot(draft.name(), id == null ? -1L : id)) {
            throw new InvalidInputException(
                    Map.of(AgreementDraft.NAME, "Another agreement is called " + draft.name() + "."));
        }
        PassportAgreement agreement = id == null
                ? new PassportAgreement(draft.name())
                : agreements.findById(id).orElseThrow(() -> new RecordNotFoundException("The agreement"));
        if (id != null) {
            VersionCheck.require(agreement.getVersion(), expectedVersion, "agreement");
        }
        Map<String, Object> before = id == null ? null : describe(agreement);
        agreement.update(draft);
        agreements.saveAndFlush(agreement);
        audit.record(
                id == null ? "PASSPORT_AGREEMENT_ADDED" : "PASSPORT_AGREEMENT_CHANGED",
                "PassportAgreement",
                agreement.getId(),
                before,
                describe(agreement));
        assessor.reassessEveryone();
        return agreement.getId();
    }

    @Transactional
    public void saveSubject(
            String code,
            long expectedVersion,
            int refresherMonths,
            boolean allStaffGroups,
            Set<StaffGroup> requiredFor,
            String renewAt) {
        TrainingSubject subject =
                subjects.findById(code).orElseThrow(() -> new RecordNotFoundException("The training subject"));
        VersionCheck.require(subject.getVersion(), expectedVersion, "training subject");
        InputProblems problems = new InputProblems();
        if (refresherMonths < 1 || refresherMonths > 120) {
            problems.add(TrainingSubject.REFRESHER_MONTHS, "The refresher period is 1 to 120 months.");
        }
        if (!allStaffGroups && (requiredFor == null || requiredFor.isEmpty())) {
            problems.add(
                    TrainingSubject.REQUIRED_FOR,
                    "Choose the staff groups that need " + subject.getName() + ", or all staff groups.");
        }
        String where = problems.check(
                TrainingSubject.RENEW_AT,
                () -> InputText.optional(renewAt, TrainingSubject.RENEW_AT_MAX, "Where to renew it"));
        if (where == null && !problems.has(TrainingSubject.RENEW_AT)) {
            problems.add(TrainingSubject.RENEW_AT, "Say where people renew " + subject.getName() + ".");
        }
        problems.throwIfAny();
        Map<String, Object> before = describe(subject);
        subject.update(refresherMonths, allStaffGroups, requiredFor == null ? Set.of() : requiredFor, where);
        subjects.saveAndFlush(subject);
        audit.record("TRAINING_SUBJECT_CHANGED", "TrainingSubject", code, before, describe(subject));
        assessor.reassessEveryone();
    }

    /** Every field's problem at once, each against its field (the keys in {@link AgreementDraft}). */
    private static AgreementDraft check(AgreementDraft typed) {
        InputProblems problems = new InputProblems();
        String name = problems.check(
                AgreementDraft.NAME, () -> InputText.optional(typed.name(), PassportAgreement.NAME_MAX, "The name"));
        if (name == null && !problems.has(AgreementDraft.NAME)) {
            problems.add(AgreementDraft.NAME, "Give the agreement a name.");
        }
        List<AgreementMember> members = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (AgreementMember member : typed.members() == null ? List.<AgreementMember>of() : typed.members()) {
            String code = ComplianceRules.odsCode(member.odsCode());
            String organisation = problems.check(
                    AgreementDraft.MEMBERS, () -> InputText.optional(member.name(), 120, "An organisation's name"));
            if (code == null || code.isEmpty() || organisation == null) {
                problems.add(AgreementDraft.MEMBERS, "Give each member organisation its ODS code and its name.");
            } else if (ComplianceRules.odsCodeProblem(code) != null) {
                problems.add(AgreementDraft.MEMBERS, code + ": " + ComplianceRules.odsCodeProblem(code));
            } else if (!codes.add(code)) {
                problems.add(AgreementDraft.MEMBERS, code + " is listed twice.");
            } else {
                members.add(new AgreementMember(code, organisation));
            }
        }
        if (members.size() < 2 && !problems.has(AgreementDraft.MEMBERS)) {
            problems.add(AgreementDraft.MEMBERS, "An agreement needs at least two member organisations.");
        }
        Set<StaffGroup> groups =
                typed.staffGroups() == null || typed.staffGroups().isEmpty()
                        ? EnumSet.noneOf(StaffGroup.class)
                        : EnumSet.copyOf(typed.staffGroups());
        if (!typed.allStaffGroups() && groups.isEmpty()) {
            problems.add(
                    AgreementDraft.STAFF_GROUPS,
                    "Choose the staff groups the agreement covers, or all staff " + "groups.");
        }
        if (typed.validFrom() == null) {
            problems.add(AgreementDraft.VALID_FROM, "Give the date the agreement starts.");
        } else if (typed.validFrom().isBefore(EARLIEST) || typed.validFrom().isAfter(LATEST)) {
            problems.add(
                    AgreementDraft.VALID_FROM,
                    "Agreement dates between 1 January 2000 and 31 December 2099, " + "please.");
        }
        if (typed.validTo() != null
                && typed.validFrom() != null
                && typed.validTo().isBefore(typed.validFrom())) {
            problems.add(AgreementDraft.VALID_TO, "The agreement cannot end before it starts.");
        } else if (typed.validTo() != null && typed.validTo().isAfter(LATEST)) {
            problems.add(
                    AgreementDraft.VALID_TO,
                    "Agreement dates between 1 January 2000 and 31 December 2099, " + "please.");
        }
        String notes = problems.check(
                AgreementDraft.NOTES,
                () -> InputText.optional(typed.notes(), PassportAgreement.NOTES_MAX, "The notes"));
        problems.throwIfAny();
        return new AgreementDraft(
                name, members, typed.allStaffGroups(), groups, typed.validFrom(), typed.validTo(), notes);
    }

    private static Map<String, Object> describe(PassportAgreement agreement) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", agreement.getName());
        values.put(
                "members",
                agreement.getMembers().stream()
                        .map(member -> member.odsCode() + " " + member.name())
                        .collect(Collectors.joining("; ")));
        values.put(
                "staffGroups",
                agreement.isAllStaffGroups()
                        ? "all"
                        : agreement.getStaffGroups().toString());
        values.put("validFrom", agreement.getValidFrom());
        values.put("validTo", agreement.getValidTo());
        values.put("notes", agreement.getNotes());
        return values;
    }

    private static Map<String, Object> describe(TrainingSubject subject) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("refresherMonths", subject.getRefresherMonths());
        values.put(
                "requiredFor",
                subject.isAllStaffGroups() ? "all" : subject.getRequiredFor().toString());
        values.put("renewAt", subject.getRenewAt());
        return values;
    }
}
