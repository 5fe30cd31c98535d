package uk.nhs.smartcardportal.sites;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.Roles;

@Service
public class SiteService {

    private final SiteRepository sites;

    SiteService(SiteRepository sites) {
        this.sites = sites;
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
                .orElseThrow(() -> new IllegalStateException("No active Workforce Systems store site is set up"));
    }
}
