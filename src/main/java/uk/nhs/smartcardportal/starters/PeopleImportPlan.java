package uk.nhs.smartcardportal.starters;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.sites.Site;

/**
 * The checked lines of a file of people, in the order they are to be imported, and the problems found. For a full
 * staff list, also the employee numbers it names and how many people on the portal's list it leaves out.
 */
record PeopleImportPlan(
        int rows,
        List<Planned> planned,
        List<ImportProblem> problems,
        @Nullable Set<String> fullList,
        int leftOut) {

    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /** A mover's new manager, site or staff group, from a later day; null fields stay as they are. */
    record Move(
            LocalDate from,
            @Nullable String managerNumber,
            @Nullable Site site,
            @Nullable String staffGroup) {}

    record Planned(
            long line,
            PersonRowValidator.Valid valid,
            Outcome outcome,
            boolean requestsCard,
            @Nullable Move move,
            boolean newLeaver,
            @Nullable HeldChange held) {}

    static PeopleImportPlan refused(ImportProblem problem) {
        return new PeopleImportPlan(0, List.of(), List.of(problem), null, 0);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The lines that create or change something. */
    List<Planned> changing() {
        return planned.stream()
                .filter(row -> row.outcome() != Outcome.UNCHANGED)
                .toList();
    }

    PeopleImportReport report(boolean imported) {
        List<ImportProblem> sorted = problems.stream()
                .sorted(Comparator.comparingLong(ImportProblem::line))
                .toList();
        if (!sorted.isEmpty()) {
            return PeopleImportReport.refused(rows, sorted);
        }
        return new PeopleImportReport(
                rows,
                count(Outcome.CREATED),
                count(Outcome.UPDATED),
                count(Outcome.UNCHANGED),
                (int) planned.stream().filter(Planned::requestsCard).count(),
                (int) changing().stream().filter(row -> row.move() != null).count(),
                (int) planned.stream().filter(Planned::newLeaver).count(),
                leftOut,
                List.of(),
                imported,
                planned.stream().map(Planned::held).filter(Objects::nonNull).toList());
    }

    private int count(Outcome outcome) {
        return (int) planned.stream().filter(row -> row.outcome() == outcome).count();
    }
}
