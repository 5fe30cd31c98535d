package uk.nhs.smartcardportal.starters;

import java.util.List;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.base.imports.ImportReport;

/**
 * What an import of people found or did: how many it creates, changes and leaves as they are, how many cards it asks
 * for; for the staff list also the movers whose change waits for its date, the leavers given a leaving date, and
 * the people on the portal a full list leaves out (listed for a decision, never deleted). With any problem, nothing
 * is imported. Changes to the e-mail or manager of a person who has signed in or holds a role are listed apart: they
 * are made only when a Workforce member confirms them.
 */
public record PeopleImportReport(
        int rows,
        int created,
        int updated,
        int unchanged,
        int cardsRequested,
        int movesWaiting,
        int leavers,
        int leftOut,
        List<ImportProblem> problems,
        boolean imported,
        List<HeldChange> held)
        implements ImportReport {

    public static PeopleImportReport refused(int rows, List<ImportProblem> problems) {
        return new PeopleImportReport(rows, 0, 0, 0, 0, 0, 0, 0, List.copyOf(problems), false, List.of());
    }

    @Override
    public int changing() {
        return created + updated;
    }
}
