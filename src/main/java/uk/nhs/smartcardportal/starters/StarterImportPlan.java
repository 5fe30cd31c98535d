package uk.nhs.smartcardportal.starters;

import java.util.Comparator;
import java.util.List;
import uk.nhs.smartcardportal.base.imports.ImportProblem;

/** The checked lines of a starters file, in the order they are to be imported, and the problems found. */
record StarterImportPlan(int rows, List<Planned> planned, List<ImportProblem> problems) {

    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    record Planned(long line, StarterRowValidator.Valid valid, Outcome outcome, boolean requestsCard) {}

    static StarterImportPlan refused(ImportProblem problem) {
        return new StarterImportPlan(0, List.of(), List.of(problem));
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

    StarterImportReport report(boolean imported) {
        List<ImportProblem> sorted = problems.stream()
                .sorted(Comparator.comparingLong(ImportProblem::line))
                .toList();
        if (!sorted.isEmpty()) {
            return StarterImportReport.refused(rows, sorted);
        }
        return new StarterImportReport(
                rows,
                count(Outcome.CREATED),
                count(Outcome.UPDATED),
                count(Outcome.UNCHANGED),
                (int) planned.stream().filter(Planned::requestsCard).count(),
                List.of(),
                imported);
    }

    private int count(Outcome outcome) {
        return (int) planned.stream().filter(row -> row.outcome() == outcome).count();
    }
}
