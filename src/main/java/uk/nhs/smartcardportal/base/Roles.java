package uk.nhs.smartcardportal.base;

/**
 * Role names as compile-time constants (in base, because every feature checks roles, the audit trail included), for the views' {@code @RolesAllowed}, and the services' rules for
 * {@code @PreAuthorize}: a rule a whole service shares goes on its class, a stricter one on the method.
 */
public final class Roles {

    public static final String STAFF = "STAFF";
    public static final String MANAGER = "MANAGER";
    public static final String RECRUITMENT = "RECRUITMENT";
    public static final String WORKFORCE = "WORKFORCE";

    public static final String IS_SIGNED_IN = "isAuthenticated()";
    public static final String IS_STAFF = "hasRole('" + STAFF + "')";
    public static final String IS_MANAGER = "hasRole('" + MANAGER + "')";
    public static final String IS_WORKFORCE = "hasRole('" + WORKFORCE + "')";
    public static final String IS_RECRUITMENT_OR_WORKFORCE = "hasAnyRole('" + RECRUITMENT + "', '" + WORKFORCE + "')";
    public static final String IS_MANAGER_RECRUITMENT_OR_WORKFORCE =
            "hasAnyRole('" + MANAGER + "', '" + RECRUITMENT + "', '" + WORKFORCE + "')";

    private Roles() {}
}
