package uk.nhs.smartcardportal.base;

import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Optimistic locking as people meet it: a change made to what they read at one version is refused if the record has
 * moved on since, both when the service compares the versions and when the database finds a race at the write.
 */
public final class VersionCheck {

    private VersionCheck() {}

    /** @throws ConcurrentChangeException naming the thing, when the record is no longer at the version read */
    public static void require(long heldVersion, long expectedVersion, String thing) {
        require(heldVersion, expectedVersion, () -> new ConcurrentChangeException(thing));
    }

    public static void require(long heldVersion, long expectedVersion, Supplier<ConcurrentChangeException> refusal) {
        if (heldVersion != expectedVersion) {
            throw refusal.get();
        }
    }

    /** Writes the change now, so that a colleague's change that got there first is refused here, not at commit. */
    public static <T> T saveAndFlush(JpaRepository<T, ?> repository, T entity, String thing) {
        try {
            return repository.saveAndFlush(entity);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException(thing);
        }
    }
}
