package uk.nhs.smartcardportal.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.LikePattern;

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
        Optional<Staff> bySubject = staff.findByIdpSubject(subject);
        if (bySubject.isPresent()) {
            return bySubject.map(StaffService::toSignedIn);
        }
        if (email == null || email.isBlank() || !emailVerified) {
            return Optional.empty();
        }
        Optional<Staff> byEmail = staff.findByWorkEmailIgnoreCase(email.strip());
        if (byEmail.isEmpty()) {
            return Optional.empty();
        }
        Staff person = byEmail.get();
        if (person.getIdpSubject() != null) {
            log.warn("Sign-in with e-mail of staff record {} refused: the record is linked to another identity",
                    person.getId());
            return Optional.empty();
        }
        person.linkIdentity(subject);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("idpSubject", subject);
        after.put("matchedBy", "verified e-mail");
        audit.record("STAFF_IDENTITY_LINKED", "Staff", person.getId(), null, after);
        return Optional.of(toSignedIn(person));
    }

    /**
     * Staff whose name, employee number or e-mail contains the text, sorted by name unless the page says
     * otherwise. For the Workforce Systems Team only.
     */
    @PreAuthorize("hasRole('WORKFORCE')")
    @Transactional(readOnly = true)
    public List<StaffSummary> search(String text, Pageable pageable) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by("lastName", "firstName");
        return staff.search(LikePattern.containing(text),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id"))));
    }

    @PreAuthorize("hasRole('WORKFORCE')")
    @Transactional(readOnly = true)
    public long count(String text) {
        return staff.countMatching(LikePattern.containing(text));
    }

    /** A staff record, for other features' services, which check who may see it before they call this. */
    @Transactional(readOnly = true)
    public Optional<Staff> find(long staffId) {
        return staff.findById(staffId);
    }

    /** Records whether the person's role needs a card; for other features' services, which check access. */
    @Transactional
    public void recordSmartcardNeed(long staffId, SmartcardNeed need) {
        Staff person = staff.findById(staffId).orElseThrow();
        if (person.getSmartcardNeed() == need) {
            return;
        }
        audit.record("SMARTCARD_NEED_RECORDED", "Staff", staffId, Map.of("smartcardNeed",
                person.getSmartcardNeed().name()), Map.of("smartcardNeed", need.name()));
        person.setSmartcardNeed(need);
    }

    private static SignedInStaff toSignedIn(Staff person) {
        return new SignedInStaff(person.getId(), person.getFullName(), person.getWorkEmail());
    }
}
