package uk.nhs.smartcardportal.sites;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.InputProblems;
import uk.nhs.smartcardportal.base.InputText;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.base.VersionCheck;

@Service
public class SiteService {

    private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})");

    private final SiteRepository sites;
    private final AuditService audit;
    private final List<SiteUsage> usages;

    SiteService(SiteRepository sites, AuditService audit, List<SiteUsage> usages) {
        this.sites = sites;
        this.audit = audit;
        this.usages = usages;
    }

    /** Every site, active first, then by name. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<Site> all(Pageable pageable) {
        return sites.findAllByOrderByActiveDescNameAsc(pageable);
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public long count() {
        return sites.count();
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public Site create(SiteDraft draft) {
        Checked checked = check(draft, null);
        Site site = new Site(checked.name, checked.kind, checked.address, checked.directions);
        site.edit(
                checked.name,
                checked.kind,
                checked.address,
                checked.postcode,
                checked.directions,
                checked.handOverPlace,
                checked.rooms);
        VersionCheck.saveAndFlush(sites, site, "site");
        audit.record("SITE_CREATED", "Site", site.getId(), null, describe(site));
        return site;
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public Site update(long siteId, long expectedVersion, SiteDraft draft) {
        Site site = sites.findById(siteId).orElseThrow(() -> new RecordNotFoundException("The site"));
        VersionCheck.require(site.getVersion(), expectedVersion, "site");
        Checked checked = check(draft, site);
        Map<String, Object> before = describe(site);
        site.edit(
                checked.name,
                checked.kind,
                checked.address,
                checked.postcode,
                checked.directions,
                checked.handOverPlace,
                checked.rooms);
        VersionCheck.saveAndFlush(sites, site, "site");
        audit.record("SITE_CHANGED", "Site", siteId, before, describe(site));
        return site;
    }

    /**
     * Takes a site out of use. Refused, with what is still there counted, while cards wait there, sessions are ahead
     * there or people are based there: someone decides where each goes first.
     */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void deactivate(long siteId, long expectedVersion) {
        Site site = sites.findById(siteId).orElseThrow(() -> new RecordNotFoundException("The site"));
        VersionCheck.require(site.getVersion(), expectedVersion, "site");
        if (!site.isActive()) {
            return;
        }
        List<String> still =
                usages.stream().flatMap(usage -> usage.stillAt(siteId).stream()).toList();
        if (!still.isEmpty()) {
            throw new RuleViolationException(site.getName() + " is still in use: " + String.join("; ", still)
                    + ". Move them to another site first.");
        }
        site.setActive(false);
        VersionCheck.saveAndFlush(sites, site, "site");
        audit.record("SITE_DEACTIVATED", "Site", siteId, Map.of("active", true), Map.of("active", false));
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void reactivate(long siteId, long expectedVersion) {
        Site site = sites.findById(siteId).orElseThrow(() -> new RecordNotFoundException("The site"));
        VersionCheck.require(site.getVersion(), expectedVersion, "site");
        if (site.isActive()) {
            return;
        }
        if (site.getKind() == SiteKind.STORE) {
            requireNoOtherActiveStore(siteId);
        }
        site.setActive(true);
        VersionCheck.saveAndFlush(sites, site, "site");
        audit.record("SITE_REACTIVATED", "Site", siteId, Map.of("active", false), Map.of("active", true));
    }

    /** Whether the one active store is set up, for the getting-started list. */
    @Transactional(readOnly = true)
    public Optional<Site> activeStore() {
        return sites.findAll(Sort.by("id")).stream()
                .filter(site -> site.isActive() && site.getKind() == SiteKind.STORE)
                .findFirst();
    }

    private record Checked(
            SiteKind kind,
            String name,
            String address,
            String postcode,
            String directions,
            String handOverPlace,
            List<String> rooms) {}

    private Checked check(SiteDraft draft, Site existing) {
        InputProblems problems = new InputProblems();
        SiteKind kind = draft.kind();
        if (kind == null) {
            problems.add(SiteDraft.KIND, "Choose what kind of site this is.");
        }
        String name = problems.check(SiteDraft.NAME, () -> InputText.optional(draft.name(), Site.NAME_MAX, "The name"));
        if (name == null && !problems.has(SiteDraft.NAME)) {
            problems.add(SiteDraft.NAME, "Enter the site's name.");
        }
        if (name != null) {
            sites.findByName(name)
                    .filter(other -> existing == null || !other.getId().equals(existing.getId()))
                    .ifPresent(other -> problems.add(SiteDraft.NAME, "There is a site called " + name + " already."));
        }
        String address = problems.check(
                SiteDraft.ADDRESS, () -> InputText.optional(draft.address(), Site.ADDRESS_MAX, "The address"));
        if (address == null && !problems.has(SiteDraft.ADDRESS) && kind != SiteKind.GENERAL_OFFICE) {
            problems.add(SiteDraft.ADDRESS, "Enter the address: starters are told where to come.");
        }
        String postcode = problems.check(SiteDraft.POSTCODE, () -> postcode(draft.postcode()));
        String directions = problems.check(
                SiteDraft.DIRECTIONS,
                () -> InputText.optional(draft.directions(), Site.DIRECTIONS_MAX, "The directions"));
        String handOverPlace = problems.check(
                SiteDraft.HAND_OVER_PLACE,
                () -> InputText.optional(
                        draft.handOverPlace(), Site.HAND_OVER_PLACE_MAX, "Where cards are handed over"));
        List<String> rooms = problems.check(SiteDraft.ROOMS, () -> rooms(draft.rooms()));
        if (kind == SiteKind.STORE && (existing == null || existing.isActive())) {
            problems.check(SiteDraft.KIND, () -> {
                requireNoOtherActiveStore(existing == null ? null : existing.getId());
                return null;
            });
        }
        if (existing != null && existing.getKind() == SiteKind.STORE && kind != SiteKind.STORE && existing.isActive()) {
            problems.add(SiteDraft.KIND, "This is the store: add the new store and deactivate this one instead.");
        }
        problems.throwIfAny();
        return new Checked(kind, name, address, postcode, directions, handOverPlace, rooms == null ? List.of() : rooms);
    }

    private void requireNoOtherActiveStore(Long siteId) {
        activeStore().filter(store -> !store.getId().equals(siteId)).ifPresent(store -> {
            throw new RuleViolationException("There is one active store, " + store.getName()
                    + ": deactivate it before another site becomes the store.");
        });
    }

    private static String postcode(String typed) {
        String text = InputText.optional(typed, 20, "The postcode");
        if (text == null) {
            return null;
        }
        Matcher matcher = POSTCODE.matcher(text.toUpperCase(Locale.UK).replaceAll("\\s+", " "));
        if (!matcher.matches()) {
            throw new RuleViolationException("Enter a UK postcode, such as L7 8XP.");
        }
        return matcher.group(1) + " " + matcher.group(2);
    }

    private static List<String> rooms(String typed) {
        List<String> rooms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : (typed == null ? "" : typed).split("\\R")) {
            String room = InputText.optional(line, Site.ROOM_MAX, "A room's name");
            if (room != null && seen.add(room.toLowerCase(Locale.UK))) {
                rooms.add(room);
            }
        }
        if (rooms.size() > Site.ROOMS_MAX) {
            throw new RuleViolationException(
                    "List at most " + Site.ROOMS_MAX + " rooms: this has " + rooms.size() + ".");
        }
        return rooms;
    }

    private static Map<String, Object> describe(Site site) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", site.getName());
        values.put("kind", site.getKind().name());
        values.put("address", site.getAddress());
        values.put("postcode", site.getPostcode());
        values.put("directions", site.getDirections());
        values.put("handOverPlace", site.getHandOverPlace());
        values.put("rooms", site.getRooms());
        values.put("active", site.isActive());
        return values;
    }

    /** Hospital sites where cards can be collected, by name. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Site> activeCollectionSites() {
        return sites.findAll(Sort.by("name")).stream()
                .filter(site -> site.isActive() && site.getKind() == SiteKind.HOSPITAL)
                .toList();
    }

    /** Every active site, by name: hospitals, the store and the legacy General Office. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Site> activeLocations() {
        return sites.findAll(Sort.by("name")).stream().filter(Site::isActive).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Site> find(long siteId) {
        return sites.findById(siteId);
    }

    /** The legacy General Office, where cards were kept before the portal, if it is still set up. */
    @Transactional(readOnly = true)
    public Optional<Site> generalOffice() {
        return sites.findAll(Sort.by("id")).stream()
                .filter(site -> site.isActive() && site.getKind() == SiteKind.GENERAL_OFFICE)
                .findFirst();
    }

    /** The Workforce Systems store, where printed cards are kept between sessions. */
    @Transactional(readOnly = true)
    public Site store() {
        return sites.findAll(Sort.by("id")).stream()
                .filter(site -> site.isActive() && site.getKind() == SiteKind.STORE)
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "The Workforce Systems store is not set up yet: add it on the Sites page first."));
    }
}
