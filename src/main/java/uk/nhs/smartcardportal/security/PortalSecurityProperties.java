package uk.nhs.smartcardportal.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the identity provider's claims become portal roles.
 *
 * @param rolesClaim  the claim holding the person's groups or roles, e.g. {@code roles}, {@code groups}, or a
 *                    dotted path such as {@code realm_access.roles}
 * @param roleMapping comma-separated {@code providerValue=ROLE} pairs, e.g. {@code sc-admins=WORKFORCE}
 * @param trustUnverifiedEmail link by e-mail even when the provider does not say the e-mail is verified (only for
 *                    providers, such as Entra ID, whose e-mail claim is managed by the organisation)
 * @param firstAdmins comma-separated work e-mails or sign-in subjects ({@code PORTAL_FIRST_ADMINS}) of the people
 *                    let in as Workforce on a portal not yet set up; see {@link FirstAdministrators}
 * @param sessionLifetime how long a sign-in lasts, however active the person is; then they sign in again
 *                    ({@code PORTAL_SESSION_LIFETIME})
 * @param rolesRecheck how often a signed-in person's staff record and portal grants are checked again
 *                    ({@code PORTAL_ROLES_RECHECK}); the provider's roles are checked at each sign-in
 * @param subjectClaim the claim that identifies a person for good ({@code PORTAL_SUBJECT_CLAIM}): {@code sub}, or
 *                    {@code oid} for Microsoft Entra ID, the same for a person across the trust's applications
 * @param employeeNumberClaim a claim holding the person's employee number ({@code PORTAL_EMPLOYEE_NUMBER_CLAIM}); when
 *                    set, a first sign-in is linked by it instead of by e-mail, which people can often change
 * @param allowIdentityRoleMapping in production, the identity role mapping (a provider value {@code WORKFORCE} gives
 *                    the Workforce role) is refused unless this says it is meant ({@code PORTAL_ALLOW_IDENTITY_ROLE_MAPPING})
 */
@ConfigurationProperties("portal.security")
public record PortalSecurityProperties(
        @DefaultValue("roles") String rolesClaim,

        @DefaultValue("STAFF=STAFF,MANAGER=MANAGER,RECRUITMENT=RECRUITMENT,WORKFORCE=WORKFORCE")
        String roleMapping,

        @DefaultValue("false") boolean trustUnverifiedEmail,

        @DefaultValue("") String firstAdmins,

        @DefaultValue("12h") Duration sessionLifetime,

        @DefaultValue("15m") Duration rolesRecheck,

        @DefaultValue("sub") String subjectClaim,

        @DefaultValue("") String employeeNumberClaim,

        @DefaultValue("false") boolean allowIdentityRoleMapping) {

    /** The settings as the tests and a plain start have them, with the given claim, mapping and first administrators. */
    public static PortalSecurityProperties of(
            String rolesClaim, String roleMapping, boolean trustUnverifiedEmail, String firstAdmins) {
        return new PortalSecurityProperties(
                rolesClaim,
                roleMapping,
                trustUnverifiedEmail,
                firstAdmins,
                Duration.ofHours(12),
                Duration.ofMinutes(15),
                "sub",
                "",
                false);
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+");
    private static final Pattern SUBJECT = Pattern.compile("[\\p{Alnum}._:|/+=-]{1,255}");

    public PortalSecurityProperties {
        firstAdministrators(firstAdmins);
        if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new IllegalArgumentException("PORTAL_SESSION_LIFETIME must be longer than nothing, e.g. 12h");
        }
        if (rolesRecheck.isNegative() || rolesRecheck.isZero() || rolesRecheck.compareTo(sessionLifetime) > 0) {
            throw new IllegalArgumentException(
                    "PORTAL_ROLES_RECHECK must be longer than nothing and no longer than PORTAL_SESSION_LIFETIME");
        }
        if (subjectClaim.isBlank()) {
            throw new IllegalArgumentException("PORTAL_SUBJECT_CLAIM names no claim: use sub, or oid for Entra ID");
        }
    }

    /** The first administrators named, each an e-mail or a subject; refused, naming the entry, when one is neither. */
    public List<String> firstAdministrators() {
        return firstAdministrators(firstAdmins);
    }

    private static List<String> firstAdministrators(String setting) {
        List<String> named = new ArrayList<>();
        for (String entry : setting.split(",")) {
            String name = entry.strip();
            if (name.isEmpty()) {
                continue;
            }
            boolean email = name.contains("@");
            if (email ? !EMAIL.matcher(name).matches() : !SUBJECT.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        "PORTAL_FIRST_ADMINS names \"" + name + "\", which is neither a work "
                                + "e-mail address nor a sign-in subject (letters, digits and . _ : | / + = - only). List the "
                                + "first administrators' work e-mails or subjects, separated by commas.");
            }
            named.add(email ? name.toLowerCase(Locale.ROOT) : name);
        }
        return List.copyOf(named);
    }
}
