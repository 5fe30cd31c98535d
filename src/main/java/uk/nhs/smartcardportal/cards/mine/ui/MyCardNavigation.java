package uk.nhs.smartcardportal.cards.mine.ui;

import com.vaadin.flow.router.RouterLink;

/** Links to the signed-in person's own card page, from other features. */
public final class MyCardNavigation {

    private MyCardNavigation() {}

    public static RouterLink myCard(String text) {
        return new RouterLink(text, MyCardView.class);
    }
}
