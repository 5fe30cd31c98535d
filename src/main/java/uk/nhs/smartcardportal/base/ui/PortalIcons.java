package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.icon.SvgIcon;

/**
 * Icons from one small SVG sprite (icons/portal-icons.svg, the Vaadin icons the portal uses) rather than Vaadin's
 * icon set, which makes every phone download and parse 236 KiB of script for two dozen icons.
 */
public final class PortalIcons {

    static final String SPRITE = "icons/portal-icons.svg";

    public static final String SEARCH = "search";

    private PortalIcons() {}

    /** The icon of that name, written "name" or, as menu entries write it, "vaadin:name". */
    public static SvgIcon create(String name) {
        SvgIcon icon = new SvgIcon(SPRITE, name.substring(name.indexOf(':') + 1));
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
