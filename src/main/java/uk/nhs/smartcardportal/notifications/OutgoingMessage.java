package uk.nhs.smartcardportal.notifications;

/** A message ready to queue: to whom (a staff record), what kind, and its text, HTML and optional calendar file. */
record OutgoingMessage(long recipientStaffId, String kind, String subject, String text, String html,
        String calendar) {
}
