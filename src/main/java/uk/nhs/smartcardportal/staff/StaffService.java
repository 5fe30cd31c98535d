package uk.nhs.smartcardportal.staff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.InputText;
import uk.nhs.smartcardportal.base.LikePattern;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;

@Service
public class StaffService {

    private static final Logger log = LoggerFactory.getLogger(StaffService.class);

    private final StaffRepository staff;
    private final AuditService audit;

    StaffService(StaffRepository staff, AuditService audit) {
        this.staff = staff;
        this.audit = audit;
    }

    /**
     * Finds the staff record of a person who has just signed in: by the identity provider's subject, else by a
     * verified work e-mail, in which case the subject is stored so later sign-ins match directly. A record already
     * linked to another subject is never taken over.
     */
    @Transactional
    public Optional<SignedInStaff> linkSignIn(String subject, String email, boolean emailVerified) {
        Optional<Staff> bySubject = bySubject(subject);
        if (bySubject.isPresent()) {
            return bySubject.map(StaffService::toSignedIn);
        }
        if (email == null || email.isBlank() || !emailVerified) {
            return Optional.empty();
        }
        String address = email.strip();
        // the column's collation ignores accents as well as case: jóhn@ must not find john@
        Optional<Staff> byEmail = staff.findByWorkEmailIgnoreCase(address)
                .filter(person ->
                        person.getWorkEmail().toLowerCase(Locale.ROOT).equals(address.toLowerCase(Locale.ROOT)));
        return byEmail.flatMap(person -> link(person, subject, "verified e-mail"));
    }

    /**
     * As {@link #linkSignIn}, where the trust's provider sends each person's employee number in a claim of its own:
     * a first sign-in is linked by that number, which the person cannot change, and never by e-mail.
     */
    @Transactional
    public Optional<SignedInStaff> linkSignInByEmployeeNumber(String subject, String employeeNumber) {
        Optional<Staff> bySubject = bySubject(subject);
        if (bySubject.isPresent()) {
            return bySubject.map(StaffService::toSignedIn);
        }
        if (employeeNumber == null || employeeNumber.isBlank()) {
            return Optional.empty();
        }
        return staff.findByEmployeeNumber(employeeNumber.strip())
                .flatMap(person -> link(person, subject, "employee number"));
    }

    private Optional<SignedInStaff> link(Staff person, String subject, String matchedBy) {
        if (subject.equals(person.getIdpSubject())) {
            // the same person's other tab linked it between our two look-ups
            return Optional.of(toSignedIn(person));
        }
        if (person.getIdpSubject() != null) {
            log.warn(
                    "Sign-in by {} of staff record {} refused: the record is linked to another identity",
                    matchedBy,
                    person.getId());
            return Optional.empty();
        }
        person.linkIdentity(subject);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("idpSubject", subject);
        after.put("matchedBy", matchedBy);
        audit.record("STAFF_IDENTITY_LINKED", "Staff", person.getId(), null, after);
        return Optional.of(toSignedIn(person));
    }

    /** The record linked to exactly this subject (the column's collation would also match other cases and accents). */
    private Optional<Staff> bySubject(String subject) {
        return staff.findByIdpSubject(subject).filter(person -> subject.equals(person.getIdpSubject()));
    }

    /**
     * The record a session acts as, while it is still linked to the same sign-in; for the security feature's
     * checks of open sessions, which run before any role is known.
     */
    @Transactional(readOnly = true)
    public Optional<SignedInStaff> stillLinked(long staffId, String subject) {
        return staff.findById(staffId)
                .filter(person -> subject.equals(person.getIdpSubject()))
                .map(StaffService::toSignedIn);
    }

    /**
     * A person's own personal e-mail and mobile (either may be null to clear it), as they corrected them; for the
     * service that checks it is their own record and the values are sound. Audited.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordPersonalContact(long staffId, String personalEmail, String mobile) {
        Staff person = staff.findById(staffId).orElseThrow(() -> new RecordNotFoundException("staff record"));
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("personalEmail", person.getPersonalEmail());
        before.put("mobile", person.getMobile());
        person.setPersonalContact(personalEmail, mobile);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("personalEmail", personalEmail);
        after.put("mobile", mobile);
        if (!before.equals(after)) {
            audit.record("STAFF_CONTACT_CHANGED", "Staff", staffId, before, after);
        }
    }

    /**
     * Takes the sign-in off a record, as when it was linked to the wrong person: their next sign-in is linked
     * afresh, and any session it has open ends at its next check. Workforce only; audited.
     */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void unlinkSignIn(long staffId) {
        Staff person = staff.findById(staffId).orElseThrow(() -> new RecordNotFoundException("staff record"));
        if (person.getIdpSubject() == null) {
            throw new RuleViolationException("This person's record is not linked to a sign-in.");
        }
        Map<String, Object> before = Map.of("idpSubject", person.getIdpSubject());
        person.linkIdentity(null);
        audit.record("STAFF_IDENTITY_UNLINKED", "Staff", staffId, before, null);
    }

    /**
     * Staff whose name, employee number or e-mail contains the text, sorted by name unless the page says
     * otherwise. For the Workforce Systems Team only.
     */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<StaffSummary> search(String text, Pageable pageable) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by("lastName", "firstName");
        return staff.search(
                LikePattern.containing(text),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id"))));
    }

    /** A staff record, for other features' services, which check who may see it before they call this. */
    @Transactional(readOnly = true)
    public Optional<Staff> find(long staffId) {
        return staff.findById(staffId);
    }

    /**
     * A staff record locked for the caller's transaction, so that changes to what one person holds (a card asked
     * for) happen one at a time; for other features' services, which check who may act first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Staff> lockForChange(long staffId) {
        return staff.lockById(staffId);
    }

    /** Staff records by employee number, for the numbers that exist. */
    @PreAuthorize(Roles.IS_RECRUITMENT_OR_WORKFORCE)
    @Transactional(readOnly = true)
    public Map<String, Staff> findByEmployeeNumbers(Collection<String> employeeNumbers) {
        Map<String, Staff> found = new HashMap<>();
        for (List<String> chunk : chunks(employeeNumbers)) {
            staff.findByEmployeeNumberIn(chunk).forEach(person -> found.put(person.getEmployeeNumber(), person));
        }
        return found;
    }

    /** Staff records by work e-mail in lower case, for the addresses in use. */
    @PreAuthorize(Roles.IS_RECRUITMENT_OR_WORKFORCE)
    @Transactional(readOnly = true)
    public Map<String, Staff> findByWorkEmails(Collection<String> emails) {
        Map<String, Staff> found = new HashMap<>();
        List<String> lowerCase =
                emails.stream().map(email -> email.toLowerCase(Locale.ROOT)).toList();
        for (List<String> chunk : chunks(lowerCase)) {
            staff.findByLowerCaseWorkEmailIn(chunk)
                    .forEach(person -> found.put(person.getWorkEmail().toLowerCase(Locale.ROOT), person));
        }
        return found;
    }

    /**
     * Creates the person, or updates the fields the details give. The line manager is looked up in {@code known}
     * (by employee number), which this adds the new record to; a first administrator's record (from
     * {@link #firstAdministratorsByEmail()}) with the same work e-mail joins the list. Each create or change is audited.
     */
    @PreAuthorize(Roles.IS_RECRUITMENT_OR_WORKFORCE)
    @Transactional(propagation = Propagation.MANDATORY)
    public Staff importRecord(StaffDetails details, Map<String, Staff> known, Map<String, Staff> firstAdministrators) {
        Staff existing = known.get(details.employeeNumber());
        Staff manager =
                details.lineManagerEmployeeNumber() == null ? null : known.get(details.lineManagerEmployeeNumber());
        if (existing == null && details.workEmail() != null) {
            Staff firstAdministrator =
                    firstAdministrators.get(details.workEmail().toLowerCase(Locale.ROOT));
            if (firstAdministrator != null) {
                String placeholder = firstAdministrator.getEmployeeNumber();
                firstAdministrator.joinStaffList(details.employeeNumber());
                apply(firstAdministrator, details, manager);
                known.put(firstAdministrator.getEmployeeNumber(), firstAdministrator);
                audit.record(
                        "STAFF_FIRST_ADMINISTRATOR_MATCHED",
                        "Staff",
                        firstAdministrator.getId(),
                        Map.of("employeeNumber", placeholder, "origin", StaffOrigin.FIRST_ADMINISTRATOR.name()),
                        Map.of("employeeNumber", details.employeeNumber(), "origin", StaffOrigin.STAFF_LIST.name()));
                return firstAdministrator;
            }
        }
        if (existing == null) {
            Staff created =
                    new Staff(details.employeeNumber(), details.firstName(), details.lastName(), details.workEmail());
            apply(created, details, manager);
            staff.save(created);
            known.put(created.getEmployeeNumber(), created);
            Map<String, Object> after = new LinkedHashMap<>();
            StaffChanges.between(new Staff(), details).forEach((field, change) -> after.put(field, change.after()));
            audit.record("STAFF_IMPORTED", "Staff", created.getId(), null, after);
            return created;
        }
        Map<String, StaffChanges.Change> changes = StaffChanges.between(existing, details);
        if (!changes.isEmpty()) {
            Map<String, Object> before = new LinkedHashMap<>();
            Map<String, Object> after = new LinkedHashMap<>();
            changes.forEach((field, change) -> {
                before.put(field, change.before());
                after.put(field, change.after());
            });
            apply(existing, details, manager);
            audit.record("STAFF_UPDATED_BY_IMPORT", "Staff", existing.getId(), before, after);
        }
        return existing;
    }

    /** The records made at sign-in for first administrators, not yet found on the staff list, by lower-case e-mail. */
    @PreAuthorize(Roles.IS_RECRUITMENT_OR_WORKFORCE)
    @Transactional(readOnly = true)
    public Map<String, Staff> firstAdministratorsByEmail() {
        Map<String, Staff> found = new HashMap<>();
        staff.findByOrigin(StaffOrigin.FIRST_ADMINISTRATOR).stream()
                .filter(person -> person.getWorkEmail() != null)
                .forEach(person -> found.put(person.getWorkEmail().toLowerCase(Locale.ROOT), person));
        return found;
    }

    private static void apply(Staff person, StaffDetails details, Staff manager) {
        if (details.firstName() != null) {
            person.setFirstName(details.firstName());
        }
        if (details.lastName() != null) {
            person.setLastName(details.lastName());
        }
        if (details.workEmail() != null) {
            person.setWorkEmail(details.workEmail());
        }
        if (details.jobTitle() != null) {
            person.setJobTitle(details.jobTitle());
        }
        if (details.staffGroup() != null) {
            person.setStaffGroup(details.staffGroup());
        }
        if (details.department() != null) {
            person.setDepartment(details.department());
        }
        if (details.startDate() != null) {
            person.setStartDate(details.startDate());
        }
        if (details.personalEmail() != null || details.mobile() != null) {
            person.setPersonalContact(
                    details.personalEmail() != null ? details.personalEmail() : person.getPersonalEmail(),
                    details.mobile() != null ? details.mobile() : person.getMobile());
        }
        if (details.baseSite() != null) {
            person.setBaseSite(details.baseSite());
        }
        if (manager != null) {
            person.setLineManager(manager);
        }
        if (details.need() != null && details.need() != SmartcardNeed.UNKNOWN) {
            person.setSmartcardNeed(details.need());
        }
        if (details.leavingDate() != null) {
            person.setLeavingDate(details.leavingDate());
        }
        if (details.leavingTo() != null) {
            person.setLeavingTo(details.leavingTo());
        }
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 1000)));
        }
        return chunks;
    }

    /** Records whether the person's role needs a card; for other features' services, which check access. */
    @Transactional
    public void recordSmartcardNeed(long staffId, SmartcardNeed need) {
        Staff person = staff.findById(staffId).orElseThrow();
        if (person.getSmartcardNeed() == need) {
            return;
        }
        audit.record(
                "SMARTCARD_NEED_RECORDED",
                "Staff",
                staffId,
                Map.of("smartcardNeed", person.getSmartcardNeed().name()),
                Map.of("smartcardNeed", need.name()));
        person.setSmartcardNeed(need);
    }

    /** Records the person's staff group (as ESR names it); for other features' services, which check access. */
    @Transactional
    public void recordStaffGroup(long staffId, String typed) {
        String staffGroup = InputText.optional(typed, Staff.STAFF_GROUP_MAX, "The staff group");
        Staff person = staff.findById(staffId).orElseThrow();
        if (java.util.Objects.equals(person.getStaffGroup(), staffGroup)) {
            return;
        }
        Map<String, Object> before = new HashMap<>();
        before.put("staffGroup", person.getStaffGroup());
        Map<String, Object> after = new HashMap<>();
        after.put("staffGroup", staffGroup);
        audit.record("STAFF_GROUP_RECORDED", "Staff", staffId, before, after);
        person.setStaffGroup(staffGroup);
    }

    /**
     * A staff record made at first sign-in from the person's token, for a first administrator: named as the token
     * names them, linked to their sign-in, and numbered {@code ADMIN-n} until the staff list gives their own number.
     * For sign-in only, before anyone is authenticated.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SignedInStaff createFirstAdministrator(String subject, String email, String firstName, String lastName) {
        long n = staff.count() + 1;
        String number = "ADMIN-" + n;
        while (staff.findByEmployeeNumber(number).isPresent()) {
            number = "ADMIN-" + ++n;
        }
        Staff person = new Staff(number, firstName, lastName, email);
        person.madeForFirstAdministrator();
        person.linkIdentity(subject);
        staff.saveAndFlush(person);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("employeeNumber", number);
        after.put("name", person.getFullName());
        after.put("workEmail", email);
        after.put("idpSubject", subject);
        after.put("origin", StaffOrigin.FIRST_ADMINISTRATOR.name());
        audit.record("STAFF_FIRST_ADMINISTRATOR_CREATED", "Staff", person.getId(), null, after);
        return toSignedIn(person);
    }

    private static SignedInStaff toSignedIn(Staff person) {
        return new SignedInStaff(
                person.getId(), person.getFullName(), person.getWorkEmail(), person.getOrigin(), person.hasEnded());
    }
}
