package uk.nhs.smartcardportal.staff;

/** The staff record a signed-in person acts as. */
public record SignedInStaff(Long id, String fullName, String workEmail, StaffOrigin origin) {

    public boolean fromStaffList() {
        return origin == StaffOrigin.STAFF_LIST;
    }
}
