package uk.nhs.smartcardportal.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.BarChart;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.custody.CardStatistics;
import uk.nhs.smartcardportal.cards.custody.CardStatisticsService;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.sessions.SitePlaces;
import uk.nhs.smartcardportal.stock.StockLevel;
import uk.nhs.smartcardportal.stock.StockService;

/** The Workforce Systems Team's dashboard: cards, collections, sessions and stock at a glance. */
@Route("dashboard")
@PageTitle("Dashboard · Smartcard Portal")
@Menu(title = "Dashboard", order = 5, icon = "vaadin:dashboard")
@RolesAllowed(Roles.WORKFORCE)
class DashboardView extends Main {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    DashboardView(
            CardStatisticsService cardStatistics, SessionSchedulingService sessions, StockService stock, Clock clock) {
        addClassNames("portal-page", "dashboard");
        CardStatistics cards = cardStatistics.statistics();
        List<StockLevel> levels = stock.levels();
        LocalDate today = LocalDate.now(clock);
        List<SitePlaces> places = sessions.placesBySite(today.minusWeeks(4), today.plusWeeks(4));

        long awaiting = cards.inProgressByStatus().entrySet().stream()
                .filter(entry -> entry.getKey() != CardStatus.REQUESTED)
                .mapToLong(Map.Entry::getValue)
                .sum();
        long overNinety = cards.uncollectedAgeing().getLast().count();
        long stockAlerts = levels.stream().filter(StockLevel::belowReorderLevel).count();
        Div tiles = new Div(
                tile("Waiting to be collected", awaiting, false),
                tile("Waiting over 90 days", overNinety, overNinety > 0),
                tile("Waiting to be printed", cards.inProgressByStatus().get(CardStatus.REQUESTED), false),
                tile("Stock to reorder", stockAlerts, stockAlerts > 0));
        tiles.addClassName("dashboard-tiles");

        Div charts = new Div(
                statusChart(cards),
                collectionsChart(cards),
                utilisationChart(places),
                ageingChart(cards),
                stockChart(levels));
        charts.addClassName("dashboard-charts");
        add(new H1("Dashboard"), tiles, charts);
    }

    private static Div tile(String label, long value, boolean alert) {
        Span number = new Span(Long.toString(value));
        number.addClassName("tile-value");
        Div tile = new Div(number, new Paragraph(label));
        tile.addClassName("dashboard-tile");
        if (alert) {
            tile.addClassName("dashboard-tile-alert");
        }
        return tile;
    }

    private static BarChart statusChart(CardStatistics cards) {
        List<BarChart.Bar> bars = new ArrayList<>();
        cards.inProgressByStatus().forEach((status, count) -> bars.add(new BarChart.Bar(status.label(), count)));
        return new BarChart("Cards on their way, by status", "cards", bars);
    }

    private static BarChart collectionsChart(CardStatistics cards) {
        return new BarChart(
                "Cards collected per week",
                "cards",
                cards.collectedPerWeek().stream()
                        .map(week -> new BarChart.Bar("Week of " + WEEK.format(week.weekStarting()), week.count()))
                        .toList());
    }

    private static BarChart utilisationChart(List<SitePlaces> places) {
        return new BarChart(
                "Session places booked by site, four weeks either side of today (%)",
                "%",
                places.stream()
                        .map(site -> new BarChart.Bar(site.siteName(), site.percentBooked(), 100L, false))
                        .toList());
    }

    private static BarChart ageingChart(CardStatistics cards) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (CardStatistics.AgeBand band : cards.uncollectedAgeing()) {
            bars.add(new BarChart.Bar(
                    band.label(), band.count(), null, band.label().startsWith("Over") && band.count() > 0));
        }
        return new BarChart("Cards waiting for collection, by time since printing", "cards", bars);
    }

    private static BarChart stockChart(List<StockLevel> levels) {
        return new BarChart(
                "Stock against reorder levels",
                "in stock",
                levels.stream()
                        .map(level -> new BarChart.Bar(
                                level.itemName() + ", " + level.siteName(),
                                level.level(),
                                level.reorderLevel() == null
                                        ? null
                                        : level.reorderLevel().longValue(),
                                level.belowReorderLevel()))
                        .toList());
    }
}
