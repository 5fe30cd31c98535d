package uk.nhs.smartcardportal.staff;

import java.time.LocalDate;
import uk.nhs.smartcardportal.sites.Site;

/**
 * What an export from another system says about a person. A null field means the export said nothing, and what we
 * hold is kept: an empty column never blanks a field.
 */
public record StaffDetails(
        String employeeNumber,
        String firstName,
        String lastName,
        String workEmail,
        String jobTitle,
        String staffGroup,
        String department,
        LocalDate startDate,
        Site baseSite,
        String lineManagerEmployeeNumber,
        SmartcardNeed need,
        LocalDate leavingDate,
        String leavingTo,
        String personalEmail,
        String mobile) {

    /** The same details leaving the e-mails, mobile and manager as they are (an empty cell never clears them). */
    public StaffDetails keepingContactAndManager() {
        return new StaffDetails(
                employeeNumber,
                firstName,
                lastName,
                null,
                jobTitle,
                staffGroup,
                department,
                startDate,
                baseSite,
                null,
                need,
                leavingDate,
                leavingTo,
                null,
                null);
    }

    /** The same details without a new manager, site or staff group: those wait for the mover's date. */
    public StaffDetails withoutMove() {
        return new StaffDetails(
                employeeNumber,
                firstName,
                lastName,
                workEmail,
                jobTitle,
                null,
                department,
                startDate,
                null,
                null,
                need,
                leavingDate,
                leavingTo,
                personalEmail,
                mobile);
    }
}
