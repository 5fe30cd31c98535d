package uk.nhs.smartcardportal.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String STAFF = "STAFF";
    public static final String MANAGER = "MANAGER";
    public static final String RECRUITMENT = "RECRUITMENT";
    public static final String WORKFORCE = "WORKFORCE";

    private Roles() {
    }
}
