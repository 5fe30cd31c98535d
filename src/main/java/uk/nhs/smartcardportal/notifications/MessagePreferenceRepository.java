package uk.nhs.smartcardportal.notifications;

import org.springframework.data.jpa.repository.JpaRepository;

interface MessagePreferenceRepository extends JpaRepository<MessagePreference, Long> {}
