package uk.nhs.smartcardportal.security;

/** The portal's roles. Use the {@link Roles} constants in annotations. */
public enum Role {
    STAFF("Staff"),
    MANAGER("Manager"),
    RECRUITMENT("Recruitment"),
    WORKFORCE("Workforce Systems");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
