package uk.nhs.smartcardportal.sites;

import org.jspecify.annotations.Nullable;

/**
 * A site as typed on the Sites page.
 *
 * @param rooms the rooms sessions use, one per line
 */
public record SiteDraft(
        @Nullable SiteKind kind,
        @Nullable String name,
        @Nullable String address,
        @Nullable String postcode,
        @Nullable String directions,
        @Nullable String handOverPlace,
        @Nullable String rooms) {

    public static final String KIND = "kind";
    public static final String NAME = "name";
    public static final String ADDRESS = "address";
    public static final String POSTCODE = "postcode";
    public static final String DIRECTIONS = "directions";
    public static final String HAND_OVER_PLACE = "handOverPlace";
    public static final String ROOMS = "rooms";

    public static SiteDraft of(Site site) {
        return new SiteDraft(
                site.getKind(),
                site.getName(),
                site.getAddress(),
                site.getPostcode(),
                site.getDirections(),
                site.getHandOverPlace(),
                String.join("\n", site.getRooms()));
    }
}
