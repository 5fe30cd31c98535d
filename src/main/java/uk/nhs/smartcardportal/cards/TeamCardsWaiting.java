package uk.nhs.smartcardportal.cards;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Per manager, how many of their team's cards wait on their decision and how many wait to be collected. */
@Component
public class TeamCardsWaiting {

    /**
     * A manager's team today: decisions still open (card need unknown, or a card the person asked for themselves), cards on their way or
     * waiting to be collected.
     */
    public record Waiting(long managerId, int decisions, int toCollect) {}

    private static final List<String> ON_THEIR_WAY = List.of(
            CardStatus.REQUESTED.name(),
            CardStatus.PRINTED.name(),
            CardStatus.IN_STORE.name(),
            CardStatus.ALLOCATED.name(),
            CardStatus.AT_SESSION.name(),
            CardStatus.NOT_COLLECTED.name());

    private final NamedParameterJdbcTemplate jdbc;

    TeamCardsWaiting(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Managers still here with anything waiting, for the weekly summary job, which runs as no one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Waiting> managersWithCardsWaiting() {
        return jdbc
                .query(
                        "select s.line_manager_id as manager, "
                                + "sum(case when s.smartcard_need = 'UNKNOWN' or exists (select 1 from card_ask a "
                                + "where a.staff_id = s.id and a.status = 'OPEN') then 1 else 0 end) as decisions, "
                                + "sum(case when exists (select 1 from smartcard c where c.staff_id = s.id "
                                + "and c.status in (:onTheirWay)) then 1 else 0 end) as to_collect "
                                + "from staff s join staff m on m.id = s.line_manager_id "
                                + "where s.record_ended_at is null and m.record_ended_at is null "
                                + "group by s.line_manager_id order by s.line_manager_id",
                        Map.of("onTheirWay", ON_THEIR_WAY),
                        (row, n) ->
                                new Waiting(row.getLong("manager"), row.getInt("decisions"), row.getInt("to_collect")))
                .stream()
                .filter(waiting -> waiting.decisions() + waiting.toCollect() > 0)
                .toList();
    }
}
