package uk.nhs.smartcardportal.base.imports;

import java.util.List;

/** What checking or importing a file found: every problem, and how many records it changes. */
public interface ImportReport {

    List<ImportProblem> problems();

    /** How many records the import creates or changes. */
    int changing();

    default boolean hasProblems() {
        return !problems().isEmpty();
    }
}
