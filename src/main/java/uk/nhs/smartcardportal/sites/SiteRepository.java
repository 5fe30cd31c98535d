package uk.nhs.smartcardportal.sites;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SiteRepository extends JpaRepository<Site, Long> {

    Optional<Site> findByName(String name);

    List<Site> findAllByOrderByActiveDescNameAsc(Pageable pageable);
}
