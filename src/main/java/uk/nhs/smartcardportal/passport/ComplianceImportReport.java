package uk.nhs.smartcardportal.passport;

import java.util.List;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.base.imports.ImportReport;

/** What an ESR compliance import found or did. With any problem, nothing is imported. */
public record ComplianceImportReport(
        int rows, int created, int updated, int unchanged, List<ImportProblem> problems, boolean imported)
        implements ImportReport {

    @Override
    public int changing() {
        return created + updated;
    }
}
