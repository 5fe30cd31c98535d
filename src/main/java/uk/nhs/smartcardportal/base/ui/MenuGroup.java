package uk.nhs.smartcardportal.base.ui;

/** The groups of the side menu, by task, in the order they are shown after the entries of no group. */
public enum MenuGroup {
    CARDS("Cards"),
    SESSIONS("Sessions"),
    STOCK("Stock"),
    PASSPORT("Staff passport"),
    PEOPLE_AND_SETTINGS("People and settings");

    private final String label;

    MenuGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
