package uk.nhs.smartcardportal.staff;

/** Where a staff record came from. */
public enum StaffOrigin {
    /** The trust's staff list: the starters import, the ESR staff list, or the demo data. */
    STAFF_LIST,
    /** Made at first sign-in from the person's token, for someone named in {@code PORTAL_FIRST_ADMINS}. */
    FIRST_ADMINISTRATOR
}
