package uk.nhs.smartcardportal.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderRolesRepository extends JpaRepository<ProviderRoles, Long> {}
