package uk.nhs.smartcardportal.collection.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;

/** Where the collection pages of a session are, for links from other features and within this one. */
public final class CollectionNavigation {

    private static final String SESSION_ID = "sessionId";

    private CollectionNavigation() {}

    public static String runSheet(long sessionId) {
        return RouteConfiguration.forApplicationScope()
                .getUrl(RunSheetView.class, new RouteParameters(SESSION_ID, String.valueOf(sessionId)));
    }

    public static String desk(long sessionId) {
        return RouteConfiguration.forApplicationScope()
                .getUrl(HandOverDeskView.class, new RouteParameters(SESSION_ID, String.valueOf(sessionId)));
    }
}
