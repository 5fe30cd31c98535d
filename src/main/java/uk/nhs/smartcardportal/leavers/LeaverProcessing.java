package uk.nhs.smartcardportal.leavers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.cards.LeaverCards;
import uk.nhs.smartcardportal.cards.LeaverCardsSettled;
import uk.nhs.smartcardportal.security.RoleGrantService;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffListService;

/**
 * Makes leavers leave on their day: their cards settled (requests withdrawn, cards on their way cancelled, a collected
 * card kept or to be returned), the roles granted in the portal ended, and the record ended so that it can no longer
 * be signed in to. Called by {@link MoversAndLeaversJob}; no person calls it, so it checks no role. Each batch is one
 * transaction over rows locked with SKIP LOCKED, so several instances share the work and do each leaver once.
 */
@Service
public class LeaverProcessing {

    static final int BATCH = 50;

    private final StaffListService staffList;
    private final LeaverCards cards;
    private final RoleGrantService roleGrants;
    private final AuditService audit;

    LeaverProcessing(StaffListService staffList, LeaverCards cards, RoleGrantService roleGrants, AuditService audit) {
        this.staffList = staffList;
        this.cards = cards;
        this.roleGrants = roleGrants;
        this.audit = audit;
    }

    /** One batch of leavers whose day has come; call again until it returns 0. */
    @Transactional
    public int processOneBatch() {
        List<Staff> due = staffList.lockLeaversDue(BATCH);
        for (Staff leaver : due) {
            LeaverCardsSettled settled = cards.settle(leaver);
            int rolesEnded = roleGrants.endGrantsOfLeaver(leaver.getId());
            staffList.endRecord(leaver);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("cardsCancelled", settled.cancelled());
            after.put(
                    "collectedCard",
                    settled.collectedCard() == null
                            ? ""
                            : settled.collectedCard().name());
            after.put("rolesEnded", rolesEnded);
            audit.record("LEAVER_PROCESSED", "Staff", leaver.getId(), null, after);
        }
        return due.size();
    }

    /** One batch of movers whose day has come; call again until it returns 0. */
    @Transactional
    public int applyDueMoves() {
        return staffList.applyDueMoves(BATCH);
    }
}
