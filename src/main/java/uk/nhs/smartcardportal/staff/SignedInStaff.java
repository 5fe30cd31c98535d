package uk.nhs.smartcardportal.staff;

/** The staff record a signed-in person acts as; an ended record (a leaver's) is not acted as. */
public record SignedInStaff(Long id, String fullName, String workEmail, StaffOrigin origin, boolean ended) {

    public boolean fromStaffList() {
        return origin == StaffOrigin.STAFF_LIST;
    }
}
