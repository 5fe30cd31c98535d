package uk.nhs.smartcardportal.cards.mine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.mine.CollectionPlace;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.Role;

class MyCardViewTest extends ViewTest {

    @Autowired
    CardFixtures fixtures;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** What the page says, with the parts drawn as markup read as the browser would. */
    private String text(MyCardView view) {
        StringBuilder text = new StringBuilder(view.getElement().getTextRecursively());
        view.getElement()
                .getComponent()
                .orElseThrow()
                .getChildren()
                .flatMap(MyCardViewTest::withDescendants)
                .map(component -> component.getElement().getProperty("innerHTML"))
                .filter(java.util.Objects::nonNull)
                .forEach(html ->
                        text.append(' ').append(org.jsoup.Jsoup.parse(html).text()));
        return text.toString();
    }

    /** The page's second-level headings, those drawn as markup too. */
    private java.util.List<String> headings(MyCardView view) {
        java.util.List<String> headings = new java.util.ArrayList<>(
                find(H2.class).all().stream().map(H2::getText).toList());
        view.getChildren()
                .flatMap(MyCardViewTest::withDescendants)
                .map(component -> component.getElement().getProperty("innerHTML"))
                .filter(java.util.Objects::nonNull)
                .forEach(html -> org.jsoup.Jsoup.parse(html).select("h2").forEach(h2 -> headings.add(h2.text())));
        return headings;
    }

    /** Each session card on the page, the booked one and those offered, as the browser would read its markup. */
    private java.util.List<String> sessionCards() {
        StringBuilder html = new StringBuilder();
        find(SessionCard.class)
                .all()
                .forEach(card -> html.append("<div class=\"session-card\">")
                        .append(card.getElement().getProperty("innerHTML"))
                        .append("</div>"));
        find(SessionChoices.class)
                .all()
                .forEach(choices -> html.append(choices.getElement().getProperty("innerHTML")));
        return org.jsoup.Jsoup.parseBodyFragment(html.toString()).select(".session-card").stream()
                .map(org.jsoup.nodes.Element::html)
                .toList();
    }

    /** The buttons to book or move to a session, read from the list's markup. */
    private java.util.List<org.jsoup.nodes.Element> choiceButtons(String text) {
        return find(SessionChoices.class).all().stream()
                .flatMap(choices ->
                        org.jsoup.Jsoup.parseBodyFragment(choices.getElement().getProperty("innerHTML"))
                                .select("vaadin-button.session-choose")
                                .stream())
                .filter(button -> button.text().equals(text))
                .toList();
    }

    /** What the browser sends when the button for the session given is pressed: the session it names. */
    private void press(String sessionId) {
        SessionChoices choices = find(SessionChoices.class).single();
        tools.jackson.databind.node.ObjectNode data = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
        data.put(SessionChoices.CHOSEN, sessionId);
        data.put(SessionChoices.CHOSEN + " != null", true);
        choices.getElement()
                .getNode()
                .getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(choices.getElement(), "click", data));
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> withDescendants(
            com.vaadin.flow.component.Component component) {
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(component),
                component.getChildren().flatMap(MyCardViewTest::withDescendants));
    }

    @Test
    void aStarterWithABookedCardSeesWhereWhenAndWhatToBring() {
        signInAs(DemoUsers.STARTER);
        MyCardView view = navigate(MyCardView.class);

        assertThat(headings(view))
                .contains(
                        "Your card is booked onto a collection session",
                        "Where to collect it",
                        "Your collection session",
                        "Other collection sessions at " + DemoUsers.AINTREE,
                        "What to bring",
                        "Who to contact");
        java.util.List<String> sessions = sessionCards();
        assertThat(sessions)
                .as("the booked session is shown once, not again among the others")
                .hasSizeGreaterThan(1)
                .filteredOn(sessions.getFirst()::equals)
                .hasSize(1);
        assertThat(text(view))
                .contains("Card number 100000000001", "Longmoor Lane, Liverpool L9 7AL", "Education Centre, Room 2");
        assertThat(find(com.vaadin.flow.component.html.Div.class).all())
                .as("what to bring, as markup")
                .anyMatch(
                        div -> div.getElement().getProperty("innerHTML", "").contains("at least one with your photo"));
        assertThat(find(CardTimeline.class).single().getElement().getProperty("innerHTML"))
                .contains("aria-current=\"step\"");
        assertThat(sessions)
                .allSatisfy(card ->
                        assertThat(card).contains("href=\"calendar/collection-sessions/", ">Add to calendar</a>"));
    }

    @Test
    void aStarterWithACardInTheStoreBooksTheirOwnSession() {
        uk.nhs.smartcardportal.cards.CardFixtures.Starter starter =
                fixtures.cardInStore("Noor", "Inayat", DemoUsers.BROADGREEN);
        signInAs(starter.staffId(), starter.name(), java.util.EnumSet.of(uk.nhs.smartcardportal.security.Role.STAFF));
        navigate(MyCardView.class);

        java.util.List<org.jsoup.nodes.Element> choices = choiceButtons("Book this session");
        assertThat(choices).isNotEmpty();
        press("999999999");
        assertThat(fixtures.card(starter.cardId()).getStatus())
                .as("a session the page did not offer is not booked")
                .isEqualTo(uk.nhs.smartcardportal.cards.CardStatus.IN_STORE);
        press(choices.getFirst().attr("data-session"));

        assertThat(fixtures.card(starter.cardId()).getStatus())
                .isEqualTo(uk.nhs.smartcardportal.cards.CardStatus.ALLOCATED);
        assertThat(fixtures.card(starter.cardId()).getSession().getId().toString())
                .isEqualTo(choices.getFirst().attr("data-session"));
        assertThat(headings(find(MyCardView.class).single())).contains("Your collection session");
        java.util.List<org.jsoup.nodes.Element> moves = choiceButtons("Move to this session");
        assertThat(moves).isNotEmpty();
        assertThat(moves)
                .as("the session booked is not offered again")
                .noneMatch(move ->
                        move.attr("data-session").equals(choices.getFirst().attr("data-session")));
        Long booked = fixtures.card(starter.cardId()).getSession().getId();

        press(moves.getFirst().attr("data-session"));
        assertThat(fixtures.card(starter.cardId()).getSession().getId())
                .as("asked first, not moved yet")
                .isEqualTo(booked);
        test(find(com.vaadin.flow.component.button.Button.class)
                        .withText("Keep my session")
                        .single())
                .click();
        assertThat(fixtures.card(starter.cardId()).getSession().getId()).isEqualTo(booked);

        press(moves.getFirst().attr("data-session"));
        test(find(com.vaadin.flow.component.button.Button.class).withText("Move to this session").all().stream()
                        .filter(button -> button.findAncestor(com.vaadin.flow.component.dialog.Dialog.class) != null)
                        .findFirst()
                        .orElseThrow())
                .click();
        assertThat(fixtures.card(starter.cardId()).getSession().getId().toString())
                .isEqualTo(moves.getFirst().attr("data-session"));
    }

    @Test
    void aFullSessionIsNotOfferedToBook() {
        CardFixtures.Starter first = fixtures.cardAllocated("Fern", "First", DemoUsers.DENTAL);
        uk.nhs.smartcardportal.sessions.CollectionSession full =
                fixtures.card(first.cardId()).getSession();
        long booked = jdbc.queryForObject(
                "select count(*) from smartcard where session_id = ? and status in ('ALLOCATED', 'AT_SESSION', 'COLLECTED')",
                Long.class,
                full.getId());
        jdbc.update("update collection_session set capacity = ? where id = ?", booked, full.getId());
        CardFixtures.Starter starter = fixtures.cardInStore("Sol", "Second", DemoUsers.DENTAL);
        signInAs(starter.staffId(), starter.name(), EnumSet.of(Role.STAFF));
        navigate(MyCardView.class);

        String fullSession = uk.nhs.smartcardportal.base.UkTime.span(full.getStartsAt(), full.getEndsAt());
        java.util.List<String> offered = choiceButtons("Book this session").stream()
                .map(button -> button.attr("aria-label"))
                .toList();
        assertThat(offered).hasSize(5).doesNotContain("Book this session: " + fullSession);

        jdbc.update("update collection_session set capacity = ? where id = ?", booked + 1, full.getId());
        reload();
        navigate(MyCardView.class);
        assertThat(choiceButtons("Book this session").stream().map(button -> button.attr("aria-label")))
                .contains("Book this session: " + fullSession);
    }

    @Test
    void aHolderSeesWhenTheirCertificatesExpireAndHowToRenewThemWhenThatIsNear() {
        CardFixtures.Starter holder = fixtures.cardAllocated("Hugo", "Holder", DemoUsers.AINTREE);
        fixtures.finish(holder.cardId(), uk.nhs.smartcardportal.cards.CardStatus.AT_SESSION, "Taken to the session");
        fixtures.finish(holder.cardId(), uk.nhs.smartcardportal.cards.CardStatus.COLLECTED, "Handed over");
        signInAs(holder.staffId(), holder.name(), EnumSet.of(Role.STAFF));
        MyCardView view = navigate(MyCardView.class);

        java.time.LocalDate expiry = java.time.LocalDate.now().plusYears(3);
        assertThat(text(view))
                .contains("They are valid until " + uk.nhs.smartcardportal.base.UkTime.date(expiry) + ".")
                .contains("We will remind you 90 and 30 days before")
                .doesNotContain("self-service renewal");
        assertThat(find(Button.class).withText("Report my card lost or stolen").all())
                .hasSize(1);

        jdbc.update(
                "update smartcard set certificate_expires_on = ? where id = ?",
                java.time.LocalDate.now().plusDays(20),
                holder.cardId());
        reload();
        view = navigate(MyCardView.class);
        assertThat(text(view)).contains("self-service renewal");
    }

    @Test
    void someoneWhoseRoleNeedsNoCardIsShownHowToUseEsr() {
        signInAs(DemoUsers.NO_CARD_STARTER);
        MyCardView view = navigate(MyCardView.class);

        assertThat(find(H2.class).first().getText()).isEqualTo("You do not need a Smartcard for your role");
        assertThat(text(view)).contains("username and password", "ask for one below or ask your manager");
    }

    @Test
    void aStarterAsksToCollectElsewhereThenWithdraws() {
        CardFixtures.Starter starter = fixtures.cardInStore("Nye", "Bevan", DemoUsers.AINTREE);
        signInAs(starter.staffId(), starter.name(), EnumSet.of(Role.STAFF));
        navigate(MyCardView.class);
        assertThat(find(Select.class).withId("site-change-to").exists()).isFalse();
        test(find(Button.class).id("site-change-open")).click();
        assertThat(find(Button.class).withId("site-change-open").exists()).isFalse();

        @SuppressWarnings("unchecked")
        Select<CollectionPlace> site = find(Select.class).id("site-change-to");
        test(find(Button.class).id("site-change-ask")).click();
        assertThat(site.isInvalid()).isTrue();

        site.setValue(site.getListDataView()
                .getItems()
                .filter(place -> place.name().equals(DemoUsers.BROADGREEN))
                .findFirst()
                .orElseThrow());
        test(find(TextArea.class).id("site-change-reason")).setValue("Closer to my ward");
        test(find(Button.class).id("site-change-ask")).click();

        MyCardView view = (MyCardView) getCurrentView();
        assertThat(text(view))
                .contains("From " + DemoUsers.AINTREE + " to " + DemoUsers.BROADGREEN)
                .contains("Waiting for a decision");
        assertThat(find(Button.class).withId("site-change-ask").exists()).isFalse();
        assertThat(find(Button.class).withId("site-change-open").exists()).isFalse();

        test(find(Button.class).id("site-change-withdraw")).click();
        assertThat(text((MyCardView) getCurrentView()))
                .as("nothing changes before they confirm")
                .contains("Waiting for a decision");
        test(find(Button.class).withText("Withdraw request").single()).click();
        assertThat(find(com.vaadin.flow.component.details.Details.class)
                        .single()
                        .getSummaryText())
                .isEqualTo("1 withdrawn request");
        assertThat(text((MyCardView) getCurrentView())).contains("Withdrawn").doesNotContain("Waiting for a decision");
        assertThat(find(Button.class).withId("site-change-open").exists()).isTrue();
    }
}
