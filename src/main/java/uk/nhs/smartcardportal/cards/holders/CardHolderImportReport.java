package uk.nhs.smartcardportal.cards.holders;

import java.util.List;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.base.imports.ImportReport;

/** What an import of existing card holders found or did. With any problem, nothing is imported. */
public record CardHolderImportReport(
        int rows, int created, int unchanged, List<ImportProblem> problems, boolean imported) implements ImportReport {

    static CardHolderImportReport refused(int rows, List<ImportProblem> problems) {
        return new CardHolderImportReport(rows, 0, 0, List.copyOf(problems), false);
    }

    @Override
    public int updated() {
        return 0;
    }

    @Override
    public int changing() {
        return created;
    }
}
