package uk.nhs.smartcardportal.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.security.CurrentUser;

/**
 * Which optional e-mails a person wants. Only the day-before reminder can be turned off: every message about what
 * happened to a person's card always goes.
 */
@Service
public class MessagePreferenceService {

    private final MessagePreferenceRepository preferences;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    MessagePreferenceService(
            MessagePreferenceRepository preferences, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.preferences = preferences;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public boolean myRemindersWanted() {
        return remindersWanted(currentUser.requireStaffId());
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void chooseMyReminders(boolean wanted) {
        chooseMine(
                "sessionReminders",
                MessagePreference::isSessionReminders,
                MessagePreference::chooseSessionReminders,
                wanted);
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public boolean myTextsWanted() {
        return textsWanted(currentUser.requireStaffId());
    }

    /** A person turns text messages to their mobile on or off; e-mails go either way. Audited. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void chooseMyTexts(boolean wanted) {
        chooseMine("texts", MessagePreference::isTexts, MessagePreference::chooseTexts, wanted);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean textsWanted(long staffId) {
        return preferences.findById(staffId).map(MessagePreference::isTexts).orElse(true);
    }

    @PreAuthorize(Roles.IS_MANAGER)
    @Transactional(readOnly = true)
    public boolean myTeamDigestWanted() {
        return teamDigestWanted(currentUser.requireStaffId());
    }

    /** A manager turns the weekly summary of their team's cards on or off. Audited. */
    @PreAuthorize(Roles.IS_MANAGER)
    @Transactional
    public void chooseMyTeamDigest(boolean wanted) {
        chooseMine("teamDigest", MessagePreference::isTeamDigest, MessagePreference::chooseTeamDigest, wanted);
    }

    /** Sets one of the signed-in person's choices, audited with its name, before and after. */
    private void chooseMine(String name, Predicate<MessagePreference> current, ChoiceSetter choose, boolean wanted) {
        long staffId = currentUser.requireStaffId();
        MessagePreference preference = preferences.findById(staffId).orElseGet(() -> new MessagePreference(staffId));
        boolean before = current.test(preference);
        choose.set(preference, wanted, clock.instant());
        preferences.save(preference);
        audit.record("MESSAGE_PREFERENCE_CHANGED", "Staff", staffId, Map.of(name, before), Map.of(name, wanted));
    }

    @FunctionalInterface
    private interface ChoiceSetter {
        void set(MessagePreference preference, boolean wanted, Instant at);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean teamDigestWanted(long staffId) {
        return preferences
                .findById(staffId)
                .map(MessagePreference::isTeamDigest)
                .orElse(true);
    }

    /** For the listeners that write messages, inside the transaction of the change they tell about. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean remindersWanted(long staffId) {
        return preferences
                .findById(staffId)
                .map(MessagePreference::isSessionReminders)
                .orElse(true);
    }
}
