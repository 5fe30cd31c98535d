package uk.nhs.smartcardportal.cards;

/**
 * What a card's status means to its holder: a headline and the next step, in one place so that the holder's page
 * and the e-mails about the card say the same thing.
 */
public final class CardStatusWords {

    private CardStatusWords() {}

    public static String headline(CardStatus status) {
        return switch (status) {
            case REQUESTED -> "Your card has been asked for and is waiting to be printed";
            case PRINTED -> "Your card has been printed and is on its way to the Workforce Systems Team";
            case IN_STORE -> "Your card is in the Workforce Systems store, ready for a collection session";
            case NOT_COLLECTED -> "Your card was not collected and is back in the store";
            case ALLOCATED -> "Your card is booked onto a collection session";
            case AT_SESSION -> "Your card is at your collection session";
            case COLLECTED -> "You have collected your card";
            case CANCELLED -> "This card has been cancelled";
            case DESTROYED -> "This card has been destroyed";
            case LOST -> "This card is recorded as lost";
        };
    }

    /** For a card waiting in the store when its site has no sessions planned. */
    public static String noSessionsYet(String site) {
        return "No collection sessions are planned at " + (site == null ? "your site" : site) + " yet. We will book "
                + "you onto one when there is, and e-mail you.";
    }

    /**
     * What happens next and what, if anything, the holder does.
     *
     * @param site          where the card will be collected, or null when not chosen yet
     * @param holderChooses whether holders book their own session (the trust's setting)
     */
    public static String nextStep(CardStatus status, String site, boolean holderChooses) {
        String at = site == null ? "your site" : site;
        return switch (status) {
            case REQUESTED ->
                "Recruitment will print it. We will e-mail you when it is printed, with the site where "
                        + "you will collect it.";
            case PRINTED ->
                "You do not need to do anything yet. When the Workforce Systems Team has received it, "
                        + (holderChooses
                                ? "you can book a collection session at " + at + " here, or we will book you "
                                        + "onto one"
                                : "we will book you onto a collection session at " + at)
                        + ", and we will e-mail you.";
            case IN_STORE ->
                holderChooses
                        ? "Book one of the collection sessions at " + at + " below, or we will "
                                + "book you onto one and e-mail you."
                        : "We will book you onto a collection session at " + at + " and e-mail you.";
            case NOT_COLLECTED ->
                holderChooses
                        ? "Book another collection session at " + at + " below, or we will "
                                + "book you onto one and e-mail you."
                        : "We will book you onto another collection session at " + at + " and e-mail you.";
            case ALLOCATED ->
                "Come to your session with your identity documents (see What to bring). If you cannot "
                        + "make it, tell us" + (holderChooses ? " or choose another session below." : ".");
            case AT_SESSION -> "The team has your card at the session: come with your identity documents.";
            case COLLECTED ->
                "There is nothing more to do. If it is lost or stops working, tell the Workforce " + "Systems Team.";
            case CANCELLED, DESTROYED, LOST -> "If you still need a card, ask your manager to ask for one.";
        };
    }
}
