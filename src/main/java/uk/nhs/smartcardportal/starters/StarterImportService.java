package uk.nhs.smartcardportal.starters;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.imports.CsvImportFile;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.base.imports.ImportWork;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.sites.SiteService;
import uk.nhs.smartcardportal.staff.SmartcardNeed;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffChanges;
import uk.nhs.smartcardportal.staff.StaffOrigin;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * Imports new starters from the recruitment system's CSV export. Every line is checked first; the import is
 * all-or-nothing, and importing the same file again changes nothing (people are matched by employee number).
 */
@Service
@PreAuthorize(Roles.IS_RECRUITMENT_OR_WORKFORCE)
public class StarterImportService {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final StaffService staff;
    private final SiteService sites;
    private final CardRequestService cardRequests;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StarterImportService(
            StaffService staff,
            SiteService sites,
            CardRequestService cardRequests,
            AuditService audit,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.staff = staff;
        this.sites = sites;
        this.cardRequests = cardRequests;
        this.audit = audit;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /** What importing the file would do, and every problem in it. Changes nothing. */
    @Transactional(readOnly = true)
    public StarterImportReport check(byte[] file, ImportProgress progress) {
        return plan(file, progress).report(false);
    }

    /** Imports the file if it has no problems; otherwise imports nothing and reports them. */
    @Transactional
    public StarterImportReport importFile(String fileName, byte[] file, ImportProgress progress) {
        StarterImportPlan plan = plan(file, progress);
        if (plan.hasProblems()) {
            return plan.report(false);
        }
        ImportWork.inChunks(plan.changing(), entityManager, progress, chunk -> {
            Map<String, Staff> known = staff.findByEmployeeNumbers(numbersOf(chunk));
            for (StarterImportPlan.Planned row : chunk) {
                Staff person = staff.importRecord(row.valid().details(), known);
                if (row.requestsCard()) {
                    cardRequests.requestCard(
                            person.getId(),
                            row.valid().reason(),
                            row.valid().reasonText(),
                            RequestOrigin.AT_RECRUITMENT);
                }
            }
        });
        StarterImportReport report = plan.report(true);
        Map<String, Object> summary = ImportWork.summary(fileName, report);
        summary.put("cardsRequested", report.cardsRequested());
        audit.record("STARTERS_IMPORTED", "StarterImport", null, null, summary);
        events.publishEvent(new StartersImported(report.created(), report.updated()));
        return report;
    }

    private static Set<String> numbersOf(List<StarterImportPlan.Planned> chunk) {
        Set<String> numbers = new HashSet<>();
        for (StarterImportPlan.Planned row : chunk) {
            numbers.add(row.valid().details().employeeNumber());
            if (row.valid().details().lineManagerEmployeeNumber() != null) {
                numbers.add(row.valid().details().lineManagerEmployeeNumber());
            }
        }
        return numbers;
    }

    private StarterImportPlan plan(byte[] file, ImportProgress progress) {
        if (file.length > MAX_BYTES) {
            return StarterImportPlan.refused(new ImportProblem(
                    0,
                    null,
                    "The file is larger than " + MAX_BYTES / 1024 / 1024 + " MB. Split it and import each part."));
        }
        CsvImportFile.Contents<StarterColumn> contents = StarterCsvReader.read(file);
        List<ImportProblem> problems = new ArrayList<>(contents.problems());
        if (!problems.isEmpty()) {
            return new StarterImportPlan(contents.rows().size(), List.of(), problems);
        }
        LocalDate today = LocalDate.now(clock);
        StarterRowValidator validator = new StarterRowValidator(sites.activeCollectionSites(), today);
        List<CsvImportFile.Row<StarterColumn>> rows = contents.rows();
        Map<CsvImportFile.Row<StarterColumn>, StarterRowValidator.Valid> valid = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            StarterRowValidator.Valid row = validator.validate(rows.get(i), problems);
            if (row != null) {
                valid.put(rows.get(i), row);
            }
            if (i % 500 == 0) {
                progress.update("Checking", i, rows.size());
            }
        }
        progress.update("Checking", rows.size(), rows.size());
        return new FileChecks(rows.size(), valid, problems).run();
    }

    /** The checks that need the whole file and what we already hold. */
    private final class FileChecks {

        private final int rows;
        private final Map<CsvImportFile.Row<StarterColumn>, StarterRowValidator.Valid> valid;
        private final List<ImportProblem> problems;

        FileChecks(
                int rows,
                Map<CsvImportFile.Row<StarterColumn>, StarterRowValidator.Valid> valid,
                List<ImportProblem> problems) {
            this.rows = rows;
            this.valid = valid;
            this.problems = problems;
        }

        StarterImportPlan run() {
            Map<String, Long> lineByNumber = new HashMap<>();
            Map<String, String> numberByEmail = new HashMap<>();
            Set<String> wanted = new HashSet<>();
            valid.forEach((row, details) -> {
                String number = details.details().employeeNumber();
                Long firstLine = lineByNumber.putIfAbsent(number, row.line());
                if (firstLine != null) {
                    problem(row, StarterColumn.EMPLOYEE_NUMBER, "This person is also on line " + firstLine + ".");
                }
                String email = details.details().workEmail();
                if (email != null) {
                    String other = numberByEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), number);
                    if (other != null && !other.equals(number)) {
                        problem(row, StarterColumn.WORK_EMAIL, "This e-mail address is also given for " + other + ".");
                    }
                }
                wanted.add(number);
                if (details.details().lineManagerEmployeeNumber() != null) {
                    wanted.add(details.details().lineManagerEmployeeNumber());
                }
            });
            Map<String, Staff> existing = staff.findByEmployeeNumbers(wanted);
            Map<String, Staff> byEmail = staff.findByWorkEmails(numberByEmail.keySet());
            Set<Long> withActiveCard = cardRequests.staffWithActiveCard(
                    existing.values().stream().map(Staff::getId).toList());
            List<StarterImportPlan.Planned> planned = new ArrayList<>();
            valid.forEach((row, details) -> {
                Staff held = existing.get(details.details().employeeNumber());
                if (checkAgainstHeld(row, details, held, existing, byEmail, lineByNumber, withActiveCard)) {
                    planned.add(classify(row, details, held, withActiveCard));
                }
            });
            List<StarterImportPlan.Planned> ordered = managersFirst(planned, existing.keySet());
            return new StarterImportPlan(rows, ordered, problems);
        }

        private boolean checkAgainstHeld(
                CsvImportFile.Row<StarterColumn> row,
                StarterRowValidator.Valid details,
                Staff held,
                Map<String, Staff> existing,
                Map<String, Staff> byEmail,
                Map<String, Long> lineByNumber,
                Set<Long> withActiveCard) {
            int before = problems.size();
            var given = details.details();
            if (held == null) {
                if (given.firstName() == null) {
                    problem(row, StarterColumn.FIRST_NAME, "A new starter needs a first name.");
                }
                if (given.lastName() == null) {
                    problem(row, StarterColumn.LAST_NAME, "A new starter needs a last name.");
                }
                if (given.startDate() == null) {
                    problem(row, StarterColumn.START_DATE, "A new starter needs a start date.");
                }
            }
            if (given.workEmail() != null) {
                Staff owner = byEmail.get(given.workEmail().toLowerCase(Locale.ROOT));
                boolean firstAdministratorOnTheList =
                        held == null && owner != null && owner.getOrigin() == StaffOrigin.FIRST_ADMINISTRATOR;
                if (owner != null
                        && !owner.getEmployeeNumber().equals(given.employeeNumber())
                        && !firstAdministratorOnTheList) {
                    problem(
                            row,
                            StarterColumn.WORK_EMAIL,
                            "This e-mail address belongs to " + owner.getEmployeeNumber() + " already.");
                }
            }
            String manager = given.lineManagerEmployeeNumber();
            if (manager != null) {
                if (manager.equals(given.employeeNumber())) {
                    problem(row, StarterColumn.MANAGER, "A person cannot be their own manager.");
                } else if (!existing.containsKey(manager) && !lineByNumber.containsKey(manager)) {
                    problem(
                            row,
                            StarterColumn.MANAGER,
                            "No one with employee number " + manager + " is on the " + "staff list or in this file.");
                }
            }
            if (held != null
                    && given.need() == SmartcardNeed.NOT_NEEDED
                    && held.getSmartcardNeed() != SmartcardNeed.NOT_NEEDED
                    && withActiveCard.contains(held.getId())) {
                problem(
                        row,
                        StarterColumn.CARD_NEEDED,
                        "This person has a card on its way or in use. Cancel it in "
                                + "the print queue first, or leave this column empty.");
            }
            return problems.size() == before;
        }

        private StarterImportPlan.Planned classify(
                CsvImportFile.Row<StarterColumn> row,
                StarterRowValidator.Valid details,
                Staff held,
                Set<Long> withActiveCard) {
            boolean needed = details.details().need() == SmartcardNeed.NEEDED;
            if (held == null) {
                return new StarterImportPlan.Planned(row.line(), details, StarterImportPlan.Outcome.CREATED, needed);
            }
            boolean requestsCard =
                    needed && held.getSmartcardNeed() != SmartcardNeed.NEEDED && !withActiveCard.contains(held.getId());
            boolean changes = !StaffChanges.between(held, details.details()).isEmpty();
            return new StarterImportPlan.Planned(
                    row.line(),
                    details,
                    changes || requestsCard ? StarterImportPlan.Outcome.UPDATED : StarterImportPlan.Outcome.UNCHANGED,
                    requestsCard);
        }

        /** People who manage others in the file come before them; a loop of managers is reported. */
        private List<StarterImportPlan.Planned> managersFirst(
                List<StarterImportPlan.Planned> planned, Set<String> held) {
            Set<String> ready = new HashSet<>(held);
            List<StarterImportPlan.Planned> ordered = new ArrayList<>();
            List<StarterImportPlan.Planned> waiting = new ArrayList<>(planned);
            while (!waiting.isEmpty()) {
                List<StarterImportPlan.Planned> next = waiting.stream()
                        .filter(row -> {
                            String manager = row.valid().details().lineManagerEmployeeNumber();
                            return manager == null || ready.contains(manager);
                        })
                        .toList();
                if (next.isEmpty()) {
                    waiting.forEach(row -> problems.add(new ImportProblem(
                            row.line(),
                            StarterColumn.MANAGER.header(),
                            "The managers in this file form a loop, or the manager's own line has a problem.")));
                    break;
                }
                next.forEach(row -> ready.add(row.valid().details().employeeNumber()));
                ordered.addAll(next);
                waiting.removeAll(next);
            }
            return ordered;
        }

        private void problem(CsvImportFile.Row<StarterColumn> row, StarterColumn column, String message) {
            problems.add(new ImportProblem(row.line(), column.header(), message));
        }
    }
}
