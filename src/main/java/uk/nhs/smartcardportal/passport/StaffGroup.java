package uk.nhs.smartcardportal.passport;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The staff groups of the NHS Electronic Staff Record, which passporting agreements cover. */
public enum StaffGroup {
    ADDITIONAL_PROFESSIONAL_SCIENTIFIC(
            "Additional Professional Scientific and Technical", "add prof scientific and technic"),
    ADDITIONAL_CLINICAL_SERVICES("Additional Clinical Services"),
    ADMINISTRATIVE_AND_CLERICAL("Administrative and Clerical"),
    ALLIED_HEALTH_PROFESSIONALS("Allied Health Professionals", "ahp"),
    ESTATES_AND_ANCILLARY("Estates and Ancillary"),
    HEALTHCARE_SCIENTISTS("Healthcare Scientists"),
    MEDICAL_AND_DENTAL("Medical and Dental"),
    NURSING_AND_MIDWIFERY("Nursing and Midwifery Registered", "nursing and midwifery"),
    STUDENTS("Students");

    private final String label;
    private final String[] aliases;

    StaffGroup(String label, String... aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    public String label() {
        return label;
    }

    /** The group a staff record names, ignoring case and spacing; ESR's abbreviated names are accepted. */
    public static Optional<StaffGroup> fromName(String name) {
        String wanted = normalise(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return Stream.of(values())
                .filter(group -> normalise(group.label).equals(wanted)
                        || normalise(group.name()).equals(wanted)
                        || Stream.of(group.aliases)
                                .anyMatch(alias -> normalise(alias).equals(wanted)))
                .findFirst();
    }

    private static String normalise(String text) {
        return text == null
                ? ""
                : text.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z]", "");
    }
}
