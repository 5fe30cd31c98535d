package uk.nhs.smartcardportal.base.imports;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What every CSV import does once its file is checked and found free of problems: write the records a chunk at a
 * time, and say in the audit trail what the file did.
 */
public final class ImportWork {

    /** Records written, or read from the database to check, at a time. */
    public static final int CHUNK = 250;

    private ImportWork() {}

    /**
     * Writes the work a chunk at a time. The persistence context is emptied after each chunk, so each flush checks a
     * chunk rather than every record imported so far, and progress is reported as it goes.
     */
    public static <T> void inChunks(
            List<T> work, EntityManager entityManager, ImportProgress progress, Consumer<List<T>> write) {
        for (int from = 0; from < work.size(); from += CHUNK) {
            write.accept(work.subList(from, Math.min(work.size(), from + CHUNK)));
            entityManager.flush();
            entityManager.clear();
            progress.update("Importing", Math.min(work.size(), from + CHUNK), work.size());
        }
    }

    /** The file's name and what it did, for the audit trail; the caller may add what is its own. */
    public static Map<String, Object> summary(@Nullable String fileName, ImportReport report) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", fileName == null ? "" : fileName);
        summary.put("rows", report.rows());
        summary.put("created", report.created());
        summary.put("updated", report.updated());
        summary.put("unchanged", report.unchanged());
        return summary;
    }
}
