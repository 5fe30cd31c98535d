package uk.nhs.smartcardportal.faq.ui;

import com.vaadin.flow.router.RouterLink;

/** Links into Help and FAQ from other features: the whole FAQ, or one of the answers the portal ships with. */
public final class FaqNavigation {

    /** The answer on using ESR with a username and password, seeded with the FAQ (changeset 010). */
    private static final String USE_ESR_WITHOUT_A_CARD = "use-esr-without-a-smartcard";

    private FaqNavigation() {}

    public static RouterLink allQuestions(String text) {
        return new RouterLink(text, FaqView.class);
    }

    public static RouterLink useEsrWithoutACard(String text) {
        return new RouterLink(text, FaqView.class, USE_ESR_WITHOUT_A_CARD);
    }
}
