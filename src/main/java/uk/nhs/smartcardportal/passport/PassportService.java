package uk.nhs.smartcardportal.passport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.LikePattern;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * Staff passport answers: a person's own, worked out when they look; a manager's team and everyone (for the Workforce
 * Systems Team) from the kept answers, filtered and paged in the database.
 */
@Service
@PreAuthorize(Roles.IS_WORKFORCE)
public class PassportService {

    private static final Logger log = LoggerFactory.getLogger(PassportService.class);
    private static final int EXPORT_PAGE = 5_000;

    private final PassportAssessor assessor;
    private final PassportStatusRepository statuses;
    private final PassportOutcomeTotals outcomeTotals;
    private final StaffService staff;
    private final CurrentUser currentUser;

    PassportService(
            PassportAssessor assessor,
            PassportStatusRepository statuses,
            PassportOutcomeTotals outcomeTotals,
            StaffService staff,
            CurrentUser currentUser) {
        this.assessor = assessor;
        this.statuses = statuses;
        this.outcomeTotals = outcomeTotals;
        this.staff = staff;
        this.currentUser = currentUser;
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public MyPassport myPassport() {
        Staff me = staff.find(currentUser.requireStaffId()).orElseThrow();
        return new MyPassport(me.getFullName(), me.getStaffGroup(), assessor.assess(me), assessor.today());
    }

    @PreAuthorize(Roles.IS_MANAGER)
    @Transactional(readOnly = true)
    public List<PassportRow> team(PassportFilter filter, Pageable page) {
        return rows(currentUser.requireStaffId(), filter, page);
    }

    @PreAuthorize(Roles.IS_MANAGER)
    @Transactional(readOnly = true)
    public long countTeam(PassportFilter filter) {
        return count(currentUser.requireStaffId(), filter);
    }

    @PreAuthorize(Roles.IS_MANAGER)
    @Transactional(readOnly = true)
    public Map<PassportOutcome, Long> teamOutcomes() {
        return outcomes(currentUser.requireStaffId());
    }

    /** One of the manager's own team; anyone else is "not found", and the attempt is logged. */
    @PreAuthorize(Roles.IS_MANAGER)
    @Transactional(readOnly = true)
    public MyPassport teamMember(long staffId) {
        long me = currentUser.requireStaffId();
        Staff person = staff.find(staffId)
                .filter(found ->
                        found.getLineManager() != null && found.getLineManager().getId() == me)
                .orElseThrow(() -> {
                    log.warn("Refused: staff {} asked for the passport of staff {} outside their team", me, staffId);
                    return new RecordNotFoundException("The person");
                });
        return new MyPassport(person.getFullName(), person.getStaffGroup(), assessor.assess(person), assessor.today());
    }

    @Transactional(readOnly = true)
    public List<PassportRow> everyone(PassportFilter filter, Pageable page) {
        return rows(null, filter, page);
    }

    @Transactional(readOnly = true)
    public Map<PassportOutcome, Long> everyoneOutcomes() {
        return outcomes(null);
    }

    @Transactional(readOnly = true)
    public MyPassport passportOf(long staffId) {
        Staff person = staff.find(staffId).orElseThrow(() -> new RecordNotFoundException("The person"));
        return new MyPassport(person.getFullName(), person.getStaffGroup(), assessor.assess(person), assessor.today());
    }

    /** Works out everyone's answer now rather than waiting for the night; returns how many people. */
    @Transactional
    public int reassessEveryone() {
        return assessor.reassessEveryone();
    }

    /** Everyone the filter finds, as CSV for a spreadsheet. */
    @Transactional(readOnly = true)
    public byte[] everyoneCsv(PassportFilter filter) {
        List<PassportRow> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<PassportRow> rows = rows(null, filter, PageRequest.of(page, EXPORT_PAGE));
            all.addAll(rows);
            if (rows.size() < EXPORT_PAGE) {
                return PassportCsv.write(all);
            }
        }
    }

    private List<PassportRow> rows(Long manager, PassportFilter filter, Pageable page) {
        return statuses.rows(
                manager,
                filter.outcome(),
                filter.staffGroup(),
                LikePattern.containing(filter.text()),
                expiringBy(filter),
                PageRequest.of(page.getPageNumber(), page.getPageSize()));
    }

    private long count(Long manager, PassportFilter filter) {
        return statuses.countRows(
                manager,
                filter.outcome(),
                filter.staffGroup(),
                LikePattern.containing(filter.text()),
                expiringBy(filter));
    }

    private Map<PassportOutcome, Long> outcomes(Long manager) {
        Map<PassportOutcome, Long> counts = new EnumMap<>(PassportOutcome.class);
        for (PassportOutcome outcome : PassportOutcome.values()) {
            counts.put(outcome, 0L);
        }
        for (OutcomeCount count :
                manager == null ? outcomeTotals.everyone() : statuses.countByOutcome(manager, null, null, null, null)) {
            if (count.outcome() != null) {
                counts.put(count.outcome(), count.people());
            }
        }
        return counts;
    }

    private LocalDate expiringBy(PassportFilter filter) {
        return filter.expiringSoon() ? assessor.today().plusDays(PassportRules.WARNING_DAYS) : null;
    }
}
