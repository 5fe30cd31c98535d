package uk.nhs.smartcardportal.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.InputProblems;
import uk.nhs.smartcardportal.base.InputText;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.sites.Site;

/**
 * The staff list over time: movers whose new manager, site or staff group waits for its date; leavers, whose record
 * ends on their leaving day; people a full extract no longer lists, kept for Workforce's decision. The methods
 * without a role are for the movers and leavers job, which runs as no one.
 */
@Service
public class StaffListService {

    public static final String LEAVING_DATE = "leavingDate";
    public static final String LEAVING_TO = "leavingTo";

    private final StaffRepository staff;
    private final StaffMoveRepository moves;
    private final AuditService audit;
    private final Clock clock;

    StaffListService(StaffRepository staff, StaffMoveRepository moves, AuditService audit, Clock clock) {
        this.staff = staff;
        this.moves = moves;
        this.audit = audit;
        this.clock = clock;
    }

    /** The moves waiting for the people given, by person. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public Map<Long, StaffMove> waitingMoves(Collection<Long> staffIds) {
        Map<Long, StaffMove> found = new HashMap<>();
        List<Long> all = List.copyOf(staffIds);
        for (int from = 0; from < all.size(); from += 1000) {
            moves.findByStaffIdInAndAppliedAtIsNull(all.subList(from, Math.min(all.size(), from + 1000)))
                    .forEach(move -> found.put(move.getStaff().getId(), move));
        }
        return found;
    }

    /**
     * Records that the person's manager, site or staff group changes on a later day, replacing a move still waiting.
     * Null fields stay as they are. Audited; the same move again changes nothing.
     */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(propagation = Propagation.MANDATORY)
    public void scheduleMove(
            Staff person, LocalDate from, @Nullable Staff manager, @Nullable Site site, @Nullable String group) {
        StaffMove waiting =
                moves.findByStaffIdAndAppliedAtIsNull(person.getId()).orElse(null);
        if (waiting != null && waiting.sameAs(from, manager, site, group)) {
            return;
        }
        Map<String, Object> before = waiting == null ? null : describe(waiting);
        if (waiting != null) {
            moves.delete(waiting);
            moves.flush();
        }
        StaffMove move = moves.save(new StaffMove(person, from, manager, site, group));
        audit.record("STAFF_MOVE_SCHEDULED", "Staff", person.getId(), before, describe(move));
    }

    /** Makes the moves due by today, a batch at a time; call until it returns 0. Safe on several instances. */
    @Transactional
    public int applyDueMoves(int batch) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<StaffMove> due = moves.lockDueBy(today, batch);
        for (StaffMove move : due) {
            Staff person = move.getStaff();
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("lineManager", numberOf(person.getLineManager()));
            before.put(
                    "baseSite",
                    person.getBaseSite() == null ? null : person.getBaseSite().getName());
            before.put("staffGroup", person.getStaffGroup());
            if (move.getLineManager() != null) {
                person.setLineManager(move.getLineManager());
            }
            if (move.getBaseSite() != null) {
                person.setBaseSite(move.getBaseSite());
            }
            if (move.getStaffGroup() != null) {
                person.setStaffGroup(move.getStaffGroup());
            }
            move.applied(now);
            audit.record("STAFF_MOVED", "Staff", person.getId(), before, describe(move));
        }
        return due.size();
    }

    /** Leavers whose day has come and who are not yet ended, locked for this transaction; others' are skipped. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Staff> lockLeaversDue(int batch) {
        return staff.lockLeaversDueBy(LocalDate.now(clock), batch);
    }

    /** Ends a leaver's record: from now on nobody can sign in to it. Audited. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void endRecord(Staff leaver) {
        leaver.endRecord(clock.instant());
        leaver.setMissingFromStaffListSince(null);
        moves.findByStaffIdAndAppliedAtIsNull(leaver.getId()).ifPresent(moves::delete);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put(LEAVING_DATE, String.valueOf(leaver.getLeavingDate()));
        after.put(LEAVING_TO, leaver.getLeavingTo() == null ? "" : leaver.getLeavingTo());
        audit.record("STAFF_RECORD_ENDED", "Staff", leaver.getId(), null, after);
    }

    /**
     * After a full extract: marks the people on the staff list whom it does not name, for a decision, and clears the
     * mark of those it names again. Nobody is deleted.
     *
     * @return how many people are newly marked
     */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(propagation = Propagation.MANDATORY)
    public int recordFullExtract(Set<String> named) {
        List<Long> missing = new ArrayList<>();
        List<Long> back = new ArrayList<>();
        for (StaffRepository.OnStaffList person : staff.onStaffList()) {
            boolean listed = named.contains(person.getEmployeeNumber());
            if (!listed && person.getMissingSince() == null) {
                missing.add(person.getId());
            } else if (listed && person.getMissingSince() != null) {
                back.add(person.getId());
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (int from = 0; from < missing.size(); from += 1000) {
            staff.markMissingSince(missing.subList(from, Math.min(missing.size(), from + 1000)), today);
        }
        for (int from = 0; from < back.size(); from += 1000) {
            staff.markMissingSince(back.subList(from, Math.min(back.size(), from + 1000)), null);
        }
        missing.forEach(id ->
                audit.record("STAFF_NOT_ON_STAFF_LIST", "Staff", id, null, Map.of("missingSince", today.toString())));
        back.forEach(id -> audit.record("STAFF_BACK_ON_STAFF_LIST", "Staff", id, null, null));
        return missing.size();
    }

    /** How many of those on the staff list a full extract naming these people would leave out. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public int countLeftOut(Set<String> named) {
        return (int) staff.onStaffList().stream()
                .filter(person -> !named.contains(person.getEmployeeNumber()))
                .count();
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<Staff> notOnStaffList(Pageable pageable) {
        return staff.notOnStaffList(pageable);
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public long countNotOnStaffList() {
        return staff.countNotOnStaffList();
    }

    /** Workforce decided the person still works here although the staff list left them out. Audited. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void keepOnStaffList(long staffId) {
        Staff person = active(staffId);
        if (person.getMissingFromStaffListSince() == null) {
            return;
        }
        Map<String, Object> before =
                Map.of("missingSince", person.getMissingFromStaffListSince().toString());
        person.setMissingFromStaffListSince(null);
        audit.record("STAFF_KEPT_OFF_THE_LIST", "Staff", staffId, before, null);
    }

    /**
     * Workforce records the day a person leaves and, if they move to another NHS organisation, which: from that day
     * they are a leaver. Audited.
     */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void recordLeavingDate(long staffId, @Nullable LocalDate leavingDate, @Nullable String leavingTo) {
        InputProblems problems = new InputProblems();
        LocalDate today = LocalDate.now(clock);
        if (leavingDate == null) {
            problems.add(LEAVING_DATE, "Give the day the person leaves.");
        } else if (leavingDate.isBefore(today.minusYears(1)) || leavingDate.isAfter(today.plusYears(2))) {
            problems.add(LEAVING_DATE, "A leaving date within a year before today and two years after, please.");
        }
        String to = problems.check(
                LEAVING_TO, () -> InputText.optional(leavingTo, Staff.LEAVING_TO_MAX, "The organisation"));
        problems.throwIfAny();
        Staff person = active(staffId);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put(LEAVING_DATE, String.valueOf(person.getLeavingDate()));
        before.put(LEAVING_TO, person.getLeavingTo());
        person.setLeavingDate(leavingDate);
        person.setLeavingTo(to);
        person.setMissingFromStaffListSince(null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put(LEAVING_DATE, leavingDate.toString());
        after.put(LEAVING_TO, to);
        audit.record("STAFF_LEAVING_DATE_SET", "Staff", staffId, before, after);
    }

    /** People whose manager has left, so that someone decides who manages them now. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<Staff> needingAManager(Pageable pageable) {
        return staff.needingAManager(pageable);
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public long countNeedingAManager() {
        return staff.countNeedingAManager();
    }

    private Staff active(long staffId) {
        Staff person = staff.findById(staffId).orElseThrow(() -> new RecordNotFoundException("The person"));
        if (person.hasEnded()) {
            throw new RuleViolationException("This person's record has ended: they have left.");
        }
        return person;
    }

    private static Map<String, Object> describe(StaffMove move) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("effectiveDate", move.getEffectiveDate().toString());
        fields.put("lineManager", numberOf(move.getLineManager()));
        fields.put(
                "baseSite",
                move.getBaseSite() == null ? null : move.getBaseSite().getName());
        fields.put("staffGroup", move.getStaffGroup());
        return fields;
    }

    private static @Nullable String numberOf(@Nullable Staff person) {
        return person == null ? null : Objects.toString(person.getEmployeeNumber());
    }
}
