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
 * Imports new starters from the recruitment system's CSV export. Every line is checked first; the import is
 * all-or-nothing, and importing the same file again changes nothing (people are matched by employee number).
 */
@Service
@PreAuthorize(Roles.IS_RECRUITMENT_OR_WORKFORCE)
public class StarterImportService {

    public static final int MAX_BYTES = PeopleFile.STARTERS.maxBytes();

    private final PeopleImport people;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    StarterImportService(PeopleImport people, AuditService audit, ApplicationEventPublisher events) {
        this.people = people;
        this.audit = audit;
        this.events = events;
    }

    /** What importing the file would do, and every problem in it. Changes nothing. */
    @Transactional(readOnly = true)
    public PeopleImportReport check(byte[] file, ImportProgress progress) {
        return people.plan(PeopleFile.STARTERS, file, false, progress).report(false);
    }

    /**
     * Imports the file if it has no problems; otherwise imports nothing and reports them. Changes to the e-mail or
     * manager of people who have signed in or hold a role are left out (see {@link HeldChange}).
     */
    @Transactional
    public PeopleImportReport importFile(String fileName, byte[] file, ImportProgress progress) {
        return importFile(fileName, file, false, progress);
    }

    /** As {@link #importFile}, making the held changes too: a Workforce member has confirmed them in the preview. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public PeopleImportReport importFileConfirmingHeldChanges(String fileName, byte[] file, ImportProgress progress) {
        return importFile(fileName, file, true, progress);
    }

    private PeopleImportReport importFile(String fileName, byte[] file, boolean confirmed, ImportProgress progress) {
        PeopleImportPlan plan = people.plan(PeopleFile.STARTERS, file, false, progress);
        if (plan.hasProblems()) {
            return plan.report(false);
        }
        people.write(plan, confirmed, progress);
        PeopleImportReport report = plan.report(true);
        Map<String, Object> summary = ImportWork.summary(fileName, report);
        summary.put("cardsRequested", report.cardsRequested());
        summary.put("heldChanges", report.held().size());
        summary.put("heldChangesMade", confirmed && !report.held().isEmpty());
        audit.record("STARTERS_IMPORTED", "StarterImport", null, null, summary);
        events.publishEvent(new StartersImported(report.created(), report.updated()));
        return report;
    }
}
