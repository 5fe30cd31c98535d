package uk.nhs.smartcardportal.base.imports;

/** Told how far an import has got, so a person watching a large file sees it move. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (stage, done, total) -> {};

    void update(String stage, int done, int total);
}
