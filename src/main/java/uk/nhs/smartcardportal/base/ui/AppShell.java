package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Styling comes from plain stylesheets: a themed frontend build is not possible here (docs/decisions). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "theme-color", content = "#005eb8")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Smartcard Portal");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
