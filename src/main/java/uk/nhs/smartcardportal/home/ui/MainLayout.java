package uk.nhs.smartcardportal.home.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.base.ui.PortalIcons;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.PortalUser;
import uk.nhs.smartcardportal.security.Role;

/** The frame of every signed-in page: a side menu built from what the person may open, who they are, sign-out. */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Map<MenuGroup, SideNav> groups = new EnumMap<>(MenuGroup.class);

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, MenuEntriesByRoles menuEntries) {
        setPrimarySection(Section.DRAWER);
        addClassName("portal-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        RouterLink brand = new RouterLink("", HomeView.class);
        // fixed text as markup: the frame is kept in every person's session, so each element saved counts
        brand.getElement().setProperty("innerHTML", "<span>NHS</span><span>Smartcard Portal</span>");
        brand.addClassName("portal-brand");
        Header header = new Header(toggle, brand);
        header.addClassName("portal-header");
        addToNavbar(header);

        Scroller menu = new Scroller(buildMenu(menuEntries.forCurrentUser()));
        menu.addClassName("portal-menu");
        addToDrawer(menu, userBox(currentUser, authentication));
    }

    /**
     * The entries the person may open, in menu order: first those of no group, then each {@link MenuGroup} as a
     * section of its own with a heading that folds it away. A group shows only when the person may open something
     * in it.
     */
    private Div buildMenu(List<MenuEntry> entries) {
        SideNav main = new SideNav();
        main.setLabel("Main menu");
        Map<MenuGroup, SideNav> sections = new EnumMap<>(MenuGroup.class);
        for (MenuEntry entry : entries) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), PortalIcons.create(entry.icon()));
            InMenuGroup group =
                    entry.menuClass() == null ? null : entry.menuClass().getAnnotation(InMenuGroup.class);
            if (group == null) {
                main.addItem(item);
            } else {
                sections.computeIfAbsent(group.value(), MainLayout::section).addItem(item);
            }
        }
        groups.putAll(sections);
        Div menu = new Div(main);
        sections.values().forEach(menu::add);
        return menu;
    }

    private static SideNav section(MenuGroup group) {
        SideNav section = new SideNav(group.label());
        section.setCollapsible(true);
        section.setExpanded(false);
        section.addClassName("portal-menu-group");
        return section;
    }

    /** The section of the page open now is opened; the others stay as the person left them. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        groups.values().forEach(section -> {
            boolean holdsThisPage = section.getItems().stream()
                    .anyMatch(item -> item.getPath() != null
                            && !item.getPath().isEmpty()
                            && (path.equals(item.getPath()) || path.startsWith(item.getPath() + "/")));
            if (holdsThisPage) {
                section.setExpanded(true);
            }
        });
    }

    private static Footer userBox(CurrentUser currentUser, AuthenticationContext authentication) {
        Footer box = new Footer();
        box.addClassName("portal-user");
        currentUser.get().ifPresent(user -> {
            Div who = new Div();
            who.getElement()
                    .setProperty(
                            "innerHTML",
                            "<div class=\"portal-user-name\">" + HtmlUtils.htmlEscape(user.displayName())
                                    + "</div><div class=\"portal-user-roles\">"
                                    + HtmlUtils.htmlEscape(rolesOf(user)) + "</div>");
            box.add(who);
        });
        Button signOut = new Button("Sign out", event -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        box.add(signOut);
        return box;
    }

    private static String rolesOf(PortalUser user) {
        return user.roles().isEmpty()
                ? "No portal role"
                : user.roles().stream().map(Role::label).collect(Collectors.joining(", "));
    }

    /**
     * The page scrolls inside the layout's content area, which the layout does not let the keyboard reach; the page
     * itself is focusable so it can be scrolled without a mouse (WCAG 2.1.1, axe's scrollable-region-focusable).
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("tabindex", "0");
        }
    }
}
