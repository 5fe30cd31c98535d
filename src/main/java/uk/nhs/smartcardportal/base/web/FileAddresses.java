package uk.nhs.smartcardportal.base.web;

/**
 * The addresses of files the portal serves outside its views, named once for the feature that serves them and for the
 * security rules that let signed-in people reach them (Vaadin refuses every other address that is not a view).
 */
public final class FileAddresses {

    /** Where a collection session's calendar file is, followed by the session's id; signed-in people only. */
    public static final String SESSION_CALENDAR_FILES = "calendar/collection-sessions/";

    private FileAddresses() {}
}
