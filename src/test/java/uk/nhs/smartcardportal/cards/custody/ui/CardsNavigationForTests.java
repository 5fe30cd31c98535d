package uk.nhs.smartcardportal.cards.custody.ui;

import com.vaadin.flow.component.Component;

/** The package-private views of this feature, for tests in other packages. */
public final class CardsNavigationForTests {

    private CardsNavigationForTests() {}

    public static Class<? extends Component> receiveCards() {
        return ReceiveCardsView.class;
    }
}
