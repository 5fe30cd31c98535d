package uk.nhs.smartcardportal.sites;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.smartcardportal.base.AbstractEntity;

/** A place where collection sessions run or cards are held. */
@Entity
@Table(name = "site")
public class Site extends AbstractEntity {

    public static final int NAME_MAX = 120;
    public static final int ADDRESS_MAX = 300;
    public static final int DIRECTIONS_MAX = 1000;
    public static final int POSTCODE_MAX = 10;
    public static final int HAND_OVER_PLACE_MAX = 300;
    public static final int ROOM_MAX = 120;
    public static final int ROOMS_MAX = 30;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SiteKind kind;

    @Size(max = ADDRESS_MAX)
    @Column(length = ADDRESS_MAX)
    private String address;

    @Size(max = DIRECTIONS_MAX)
    @Column(length = DIRECTIONS_MAX)
    private String directions;

    @Column(nullable = false)
    private boolean active = true;

    @Size(max = POSTCODE_MAX)
    @Column(length = POSTCODE_MAX)
    private String postcode;

    @Size(max = HAND_OVER_PLACE_MAX)
    @Column(name = "hand_over_place", length = HAND_OVER_PLACE_MAX)
    private String handOverPlace;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_room", joinColumns = @JoinColumn(name = "site_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", length = ROOM_MAX, nullable = false)
    private List<String> rooms = new ArrayList<>();

    protected Site() {}

    public Site(String name, SiteKind kind, String address, String directions) {
        this.name = name;
        this.kind = kind;
        this.address = address;
        this.directions = directions;
    }

    public String getName() {
        return name;
    }

    public SiteKind getKind() {
        return kind;
    }

    public String getAddress() {
        return address;
    }

    public String getDirections() {
        return directions;
    }

    public String getPostcode() {
        return postcode;
    }

    /** Where on the site cards are handed over, for the starter's page. */
    public String getHandOverPlace() {
        return handOverPlace;
    }

    public List<String> getRooms() {
        return List.copyOf(rooms);
    }

    void edit(
            String name,
            SiteKind kind,
            String address,
            String postcode,
            String directions,
            String handOverPlace,
            List<String> rooms) {
        this.name = name;
        this.kind = kind;
        this.address = address;
        this.postcode = postcode;
        this.directions = directions;
        this.handOverPlace = handOverPlace;
        this.rooms.clear();
        this.rooms.addAll(rooms);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
