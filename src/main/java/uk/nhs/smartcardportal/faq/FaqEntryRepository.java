package uk.nhs.smartcardportal.faq;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FaqEntryRepository extends JpaRepository<FaqEntry, Long> {

    @Query("select new uk.nhs.smartcardportal.faq.FaqQuestion(f.slug, f.category, f.question) from FaqEntry f "
            + "where f.published = true and (:text is null "
            + "or lower(f.question) like :text escape '!' or lower(f.answer) like :text escape '!' "
            + "or lower(f.category) like :text escape '!') order by f.position, f.id")
    List<FaqQuestion> published(@Nullable String text);

    @Query("select f from FaqEntry f order by f.position, f.id")
    List<FaqEntry> allInOrder(Pageable pageable);

    Optional<FaqEntry> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select coalesce(max(f.position), 0) from FaqEntry f")
    int maxPosition();
}
