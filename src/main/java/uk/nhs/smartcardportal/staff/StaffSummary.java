package uk.nhs.smartcardportal.staff;

/** One row of a staff list: what a grid shows, read in one query. */
public record StaffSummary(
        Long id,
        String employeeNumber,
        String firstName,
        String lastName,
        String workEmail,
        String jobTitle,
        String department,
        String baseSiteName,
        boolean signedInBefore) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
