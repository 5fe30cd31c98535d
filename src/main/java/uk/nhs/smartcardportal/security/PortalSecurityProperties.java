package uk.nhs.smartcardportal.security;

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
 */
@ConfigurationProperties("portal.security")
public record PortalSecurityProperties(
        @DefaultValue("roles") String rolesClaim,

        @DefaultValue("STAFF=STAFF,MANAGER=MANAGER,RECRUITMENT=RECRUITMENT,WORKFORCE=WORKFORCE")
        String roleMapping,

        @DefaultValue("false") boolean trustUnverifiedEmail,

        @DefaultValue("") String firstAdmins) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+");
    private static final Pattern SUBJECT = Pattern.compile("[\\p{Alnum}._:|/+=-]{1,255}");

    public PortalSecurityProperties {
        firstAdministrators(firstAdmins);
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
