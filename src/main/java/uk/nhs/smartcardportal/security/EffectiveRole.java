package uk.nhs.smartcardportal.security;

/**
 * One of a person's roles and where it comes from: their staff record (everyone linked is Staff), the sign-in
 * provider (as it said at their last sign-in) or a grant in the portal (by whom, until when, why).
 *
 * @param withdrawable whether People and roles can withdraw it: only a portal grant can be
 */
public record EffectiveRole(Role role, Source source, String detail, boolean withdrawable) {

    public enum Source {
        STAFF_RECORD("Staff record"),
        SIGN_IN_PROVIDER("Sign-in provider"),
        PORTAL_GRANT("Granted in the portal");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
