package uk.nhs.smartcardportal.cards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.LikePattern;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.sessions.SessionService;
import uk.nhs.smartcardportal.sites.SiteService;

/** "Where is card X now?": found by card number, name or employee number, with its whole custody history. */
@Service
public class CustodyService {

    private static final int FOUND_MAX = 20;

    private final SmartcardRepository cards;
    private final CardTransitionRepository transitions;
    private final SiteService sites;
    private final SessionService sessions;

    CustodyService(SmartcardRepository cards, CardTransitionRepository transitions, SiteService sites,
            SessionService sessions) {
        this.cards = cards;
        this.transitions = transitions;
        this.sites = sites;
        this.sessions = sessions;
    }

    @PreAuthorize("hasRole('WORKFORCE')")
    @Transactional(readOnly = true)
    public List<IssuedCardRow> find(String text) {
        if (LikePattern.containing(text) == null) {
            return List.of();
        }
        return cards.issued(LikePattern.containing(text), PageRequest.of(0, FOUND_MAX));
    }

    @PreAuthorize("hasRole('WORKFORCE')")
    @Transactional(readOnly = true)
    public CardWhereabouts whereIs(long cardId) {
        Smartcard card = cards.findById(cardId).orElseThrow(() -> new RecordNotFoundException("The card"));
        Describer describe = new Describer();
        List<CustodyStep> history = new ArrayList<>();
        String previous = describe.custody(Custody.notPrinted());
        for (CardTransition step : transitions.findByCardIdOrderByOccurredAtAscIdAsc(cardId)) {
            String now = describe.custody(step.getCustody());
            history.add(new CustodyStep(step.getOccurredAt(), step.getActorName(), step.getFromStatus(),
                    step.getToStatus(), previous, now, step.getNote()));
            previous = now;
        }
        return new CardWhereabouts(cardId, card.getSerial(), card.getStaff().getFullName(),
                card.getStaff().getEmployeeNumber(), card.getStatus(), describe.custody(card.getCustody()),
                card.getCollectionSite() == null ? null : card.getCollectionSite().getName(),
                card.getReplaces() == null ? null : card.getReplaces().getSerial(), history);
    }

    /** Custody in words; site and session names looked up once each. */
    private final class Describer {

        private final Map<Long, String> siteNames = new HashMap<>();
        private final Map<Long, String> sessionNames = new HashMap<>();

        String custody(Custody custody) {
            return switch (custody.kind()) {
                case NOT_PRINTED -> "Not printed yet";
                case SITE -> siteNames.computeIfAbsent(custody.siteId(), id -> sites.find(id)
                        .map(site -> site.getName()).orElse("Site " + id));
                case SESSION -> sessionNames.computeIfAbsent(custody.sessionId(), id -> sessions.summary(id)
                        .map(session -> "Session " + UkTime.span(session.startsAt(), session.endsAt()) + ", "
                                + session.siteName())
                        .orElse("Session " + id));
                case HOLDER -> "With the holder";
                case GONE -> "Destroyed";
                case UNKNOWN -> "Unknown: lost";
            };
        }
    }
}
