package uk.nhs.smartcardportal.setup;

/** What a new portal needs before starters can use it, in the order a trust does it. */
public enum SetupStep {
    SITES(
            "Add the store and the hospital sites",
            "The one Workforce Systems store where printed cards are kept, and each hospital where cards are collected.",
            "sites"),
    STAFF_LIST(
            "Load the staff list",
            "People sign in to the staff record the portal holds for them; import the staff list extract from ESR.",
            "import-staff-list"),
    CARD_HOLDERS(
            "Record the cards people already hold (optional)",
            "Import the trust's existing card holders so that nobody is asked for a card they have.",
            "import-card-holders",
            true),
    CONTACT_AND_FAQ(
            "Check the contact details and the FAQ wording",
            "Starters are told whom to contact and read the FAQ before their first day.",
            "faq-editor"),
    STOCK(
            "Record the stock you hold",
            "Blank cards and card holders, so that levels and reorder alerts are right.",
            "stock"),
    FIRST_SESSIONS(
            "Schedule the first collection sessions",
            "Starters book or are booked onto them once their cards are in the store.",
            "sessions");

    private final String title;
    private final String why;
    private final String route;
    private final boolean optional;

    SetupStep(String title, String why, String route) {
        this(title, why, route, false);
    }

    SetupStep(String title, String why, String route, boolean optional) {
        this.title = title;
        this.why = why;
        this.route = route;
        this.optional = optional;
    }

    /** A trust may skip the step: the portal is ready without it. */
    public boolean optional() {
        return optional;
    }

    public String title() {
        return title;
    }

    public String why() {
        return why;
    }

    /** The page where the step is done. */
    public String route() {
        return route;
    }
}
