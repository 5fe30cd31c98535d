package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.grid.Grid;

/** Page layouts shared by the views. */
public final class PageLayout {

    private PageLayout() {}

    /**
     * The page's list takes the height the window has below what comes before it (at least 22rem), instead of the
     * grid's fixed 400 px with empty space under it. The grid must be a direct child of the page.
     */
    public static void fillWithGrid(HasStyle page, Grid<?> grid) {
        page.addClassName("portal-page-fill");
        grid.addClassName("portal-grid-fill");
    }
}
