package uk.nhs.smartcardportal.cards;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CardRequestRepository extends JpaRepository<CardRequest, Long> {}
