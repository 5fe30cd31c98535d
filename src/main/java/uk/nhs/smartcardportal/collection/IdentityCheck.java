package uk.nhs.smartcardportal.collection;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.nhs.smartcardportal.base.InputProblems;

/**
 * What the hand-over desk saw: the kinds of photo identity and of proof of address, and, when the card is handed
 * over before its session starts, why.
 *
 * @param photo       kinds of document with the person's photo
 * @param address     kinds of document showing their address
 * @param earlyReason why the card is handed over before the session, or null
 */
public record IdentityCheck(Set<IdentityDocument> photo, Set<IdentityDocument> address, String earlyReason) {

    public static final String PHOTO = "photo";
    public static final String ADDRESS = "address";
    public static final String EARLY_REASON = "earlyReason";

    public IdentityCheck {
        photo = photo == null ? Set.of() : Set.copyOf(photo);
        address = address == null ? Set.of() : Set.copyOf(address);
    }

    /** Records against each field what falls short of the standard. */
    void check(InputProblems problems) {
        if (photo.stream().anyMatch(document -> document.proves() != IdentityDocument.Proves.PHOTO)) {
            problems.add(PHOTO, "Only documents with the person's photo belong here.");
        } else if (photo.isEmpty()) {
            problems.add(PHOTO, "Check at least one original document with the person's photo, such as a passport.");
        }
        if (address.stream().anyMatch(document -> document.proves() != IdentityDocument.Proves.ADDRESS)) {
            problems.add(ADDRESS, "Only documents showing the person's address belong here.");
        } else if (address.isEmpty()) {
            problems.add(
                    ADDRESS,
                    "Check at least one original document showing the person's address, such as a "
                            + "utility bill or bank statement.");
        } else if (photo.contains(IdentityDocument.PHOTO_DRIVING_LICENCE)
                && address.contains(IdentityDocument.DRIVING_LICENCE_ADDRESS)) {
            problems.add(
                    ADDRESS,
                    "A driving licence counts once: as photo identity or as proof of address, not "
                            + "both. Check another document for the address.");
        }
        if (photo.size() + address.size() > IdentityDocument.MAX_DOCUMENTS) {
            problems.add(
                    photo.size() > 1 ? PHOTO : ADDRESS,
                    "Record at most " + IdentityDocument.MAX_DOCUMENTS + " documents: the ones you checked.");
        }
    }

    /** The kinds seen, photo identity first, in words for the card's history. */
    String describe() {
        return Stream.concat(photo.stream().sorted(), address.stream().sorted())
                .map(IdentityDocument::label)
                .collect(Collectors.joining(", "));
    }

    Set<IdentityDocument> all() {
        Set<IdentityDocument> all = EnumSet.noneOf(IdentityDocument.class);
        all.addAll(photo);
        all.addAll(address);
        return all;
    }
}
