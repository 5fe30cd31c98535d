package uk.nhs.smartcardportal.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleGrantRepository extends JpaRepository<RoleGrant, Long> {

    List<RoleGrant> findByStaffId(Long staffId);

    List<RoleGrant> findByStaffIdIn(java.util.Collection<Long> staffIds);

    Optional<RoleGrant> findByStaffIdAndRole(Long staffId, Role role);
}
