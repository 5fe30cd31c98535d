package uk.nhs.smartcardportal.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.InvalidInputException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;
import uk.nhs.smartcardportal.staff.UkMobile;

/**
 * A person sees and corrects their own personal e-mail, which messages use before they start, and the mobile texts go
 * to.
 */
@Service
@PreAuthorize(Roles.IS_STAFF)
public class MyContactService {

    public static final String PERSONAL_EMAIL = "personalEmail";
    public static final String MOBILE = "mobile";

    private final StaffService staff;
    private final MessagePreferenceService preferences;
    private final NotifyProperties notify;
    private final CurrentUser currentUser;
    private final Clock clock;

    MyContactService(
            StaffService staff,
            MessagePreferenceService preferences,
            NotifyProperties notify,
            CurrentUser currentUser,
            Clock clock) {
        this.staff = staff;
        this.preferences = preferences;
        this.notify = notify;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MyContact myContact() {
        Staff me = staff.find(currentUser.requireStaffId()).orElseThrow();
        boolean texted = notify.textsOn() && me.getMobile() != null && preferences.textsWanted(me.getId());
        return new MyContact(
                me.getWorkEmail(),
                me.getPersonalEmail(),
                me.getMobile(),
                me.emailAddressOn(LocalDate.now(clock.withZone(UkTime.ZONE))),
                notify.textsOn(),
                texted ? me.getMobile() : null);
    }

    /** Both fields at once; an empty field clears it. Refused field by field when either is not sound. */
    @Transactional
    public void updateMyContact(String personalEmail, String mobile) {
        Map<String, String> problems = new LinkedHashMap<>();
        String email = personalEmail == null || personalEmail.isBlank() ? null : personalEmail.strip();
        if (email != null && email.length() > Staff.EMAIL_MAX) {
            problems.put(PERSONAL_EMAIL, "At most " + Staff.EMAIL_MAX + " characters.");
        } else if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.put(PERSONAL_EMAIL, "This is not an e-mail address.");
        }
        String number = null;
        if (mobile != null && !mobile.isBlank()) {
            number = mobile.length() > 40 ? null : UkMobile.normalise(mobile).orElse(null);
            if (number == null) {
                problems.put(MOBILE, UkMobile.PROBLEM);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        staff.recordPersonalContact(currentUser.requireStaffId(), email, number);
    }
}
