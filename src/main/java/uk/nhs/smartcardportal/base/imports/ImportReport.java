package uk.nhs.smartcardportal.base.imports;

import java.util.List;

/** What checking or importing a file found: every problem, and how many records it changes. */
public interface ImportReport {

    List<ImportProblem> problems();

    /** Lines in the file, not counting the header. */
    int rows();

    int created();

    int updated();

    int unchanged();

    /** How many records the import creates or changes. */
    int changing();

    default boolean hasProblems() {
        return !problems().isEmpty();
    }
}
