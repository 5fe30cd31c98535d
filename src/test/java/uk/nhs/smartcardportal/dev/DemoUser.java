package uk.nhs.smartcardportal.dev;

import java.util.List;

/**
 * A person in the demo data. Those with {@code signIn} set appear as buttons on the embedded provider's login
 * page; {@code claimRoles} is what the provider puts in their {@code roles} claim.
 */
public record DemoUser(
        String employeeNumber,
        String firstName,
        String lastName,
        String jobTitle,
        String staffGroup,
        String department,
        String baseSite,
        String manager,
        int startInDays,
        List<String> claimRoles,
        boolean signIn) {

    public String subject() {
        return (firstName + "." + lastName).toLowerCase().replaceAll("[^a-z.]", "");
    }

    public String email() {
        return subject() + "@nhs.example";
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
