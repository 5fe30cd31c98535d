package uk.nhs.smartcardportal.starters;

import java.util.List;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.base.imports.ImportReport;

/**
 * What an import found or did: how many people it creates, changes and leaves as they are, how many cards it asks
 * for, and every problem. With any problem, nothing is imported.
 */
public record StarterImportReport(
        int rows,
        int created,
        int updated,
        int unchanged,
        int cardsRequested,
        List<ImportProblem> problems,
        boolean imported)
        implements ImportReport {

    public static StarterImportReport refused(int rows, List<ImportProblem> problems) {
        return new StarterImportReport(rows, 0, 0, 0, 0, List.copyOf(problems), false);
    }

    @Override
    public int changing() {
        return created + updated;
    }
}
