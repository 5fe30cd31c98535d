package uk.nhs.smartcardportal.starters;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.base.imports.ImportWork;

/**
 * Imports the trust's staff list from an ESR extract: people created and updated by employee number, with their
 * managers, staff group, department, base site and work e-mail; leaving dates; and movers' changes that take effect
 * on a later day. The same checks, all-or-nothing and idempotence as the starters import. A full extract also lists
 * the people it leaves out for Workforce to decide about.
 */
@Service
@PreAuthorize(Roles.IS_WORKFORCE)
public class StaffListImportService {

    public static final int MAX_BYTES = PeopleFile.STAFF_LIST.maxBytes();

    private final PeopleImport people;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    StaffListImportService(PeopleImport people, AuditService audit, ApplicationEventPublisher events) {
        this.people = people;
        this.audit = audit;
        this.events = events;
    }

    /** What importing the file would do, and every problem in it. Changes nothing. */
    @Transactional(readOnly = true)
    public PeopleImportReport check(byte[] file, boolean fullList, ImportProgress progress) {
        return people.plan(PeopleFile.STAFF_LIST, file, fullList, progress).report(false);
    }

    /**
     * Imports the file if it has no problems; otherwise imports nothing and reports them. Changes to the e-mail or
     * manager of people who have signed in or hold a role are left out (see {@link HeldChange}).
     */
    @Transactional
    public PeopleImportReport importFile(String fileName, byte[] file, boolean fullList, ImportProgress progress) {
        return importFile(fileName, file, fullList, false, progress);
    }

    /** As {@link #importFile}, making the held changes too, as the Workforce member confirmed in the preview. */
    @Transactional
    public PeopleImportReport importFileConfirmingHeldChanges(
            String fileName, byte[] file, boolean fullList, ImportProgress progress) {
        return importFile(fileName, file, fullList, true, progress);
    }

    private PeopleImportReport importFile(
            String fileName, byte[] file, boolean fullList, boolean confirmed, ImportProgress progress) {
        PeopleImportPlan plan = people.plan(PeopleFile.STAFF_LIST, file, fullList, progress);
        if (plan.hasProblems()) {
            return plan.report(false);
        }
        people.write(plan, confirmed, progress);
        PeopleImportReport report = plan.report(true);
        Map<String, Object> summary = ImportWork.summary(fileName, report);
        summary.put("heldChanges", report.held().size());
        summary.put("heldChangesMade", confirmed && !report.held().isEmpty());
        summary.put("fullList", fullList);
        summary.put("movesWaiting", report.movesWaiting());
        summary.put("leavers", report.leavers());
        summary.put("leftOut", report.leftOut());
        audit.record("STAFF_LIST_IMPORTED", "StaffListImport", null, null, summary);
        events.publishEvent(new StartersImported(report.created(), report.updated()));
        return report;
    }
}
