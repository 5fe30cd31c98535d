package uk.nhs.smartcardportal.sites;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.nhs.smartcardportal.base.AbstractEntity;

/** A place where collection sessions run or cards are held. */
@Entity
@Table(name = "site")
public class Site extends AbstractEntity {

    public static final int NAME_MAX = 120;
    public static final int ADDRESS_MAX = 300;
    public static final int DIRECTIONS_MAX = 1000;

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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
