package uk.nhs.smartcardportal.cards.mine.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.AskFirst;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.web.PageAddresses;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.holders.CertificateService;
import uk.nhs.smartcardportal.cards.holders.RenewalProperties;
import uk.nhs.smartcardportal.cards.mine.LostCardService;
import uk.nhs.smartcardportal.cards.mine.MyCardOverview;
import uk.nhs.smartcardportal.cards.mine.MyCardService;
import uk.nhs.smartcardportal.cards.mine.SessionChoiceService;
import uk.nhs.smartcardportal.cards.requests.CardAskService;
import uk.nhs.smartcardportal.cards.requests.MyCardAsk;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeService;
import uk.nhs.smartcardportal.faq.ui.FaqNavigation;
import uk.nhs.smartcardportal.staff.SmartcardNeed;

/** The first thing a starter sees: do I need a card, where is it, when and where do I collect it. */
@Route(PageAddresses.MY_CARD)
@PageTitle("My smartcard · Smartcard Portal")
@Menu(title = "My smartcard", order = 10, icon = "vaadin:credit-card")
@RolesAllowed(Roles.STAFF)
class MyCardView extends Main {

    private final MyCardService myCard;
    private final SiteChangeService siteChanges;
    private final SessionChoiceService sessionChoice;
    private final LostCardService lostCards;
    private final CertificateService certificates;
    private final CardAskService cardAsks;
    private final RenewalProperties renewal;
    private final PortalProperties portal;
    private final Clock clock;

    MyCardView(
            MyCardService myCard,
            SiteChangeService siteChanges,
            SessionChoiceService sessionChoice,
            LostCardService lostCards,
            CertificateService certificates,
            CardAskService cardAsks,
            RenewalProperties renewal,
            PortalProperties portal,
            Clock clock) {
        this.lostCards = lostCards;
        this.certificates = certificates;
        this.cardAsks = cardAsks;
        this.renewal = renewal;
        this.myCard = myCard;
        this.siteChanges = siteChanges;
        this.sessionChoice = sessionChoice;
        this.portal = portal;
        this.clock = clock;
        addClassNames("portal-page", "my-card");
        render();
    }

    private void render() {
        removeAll();
        add(new H1("My smartcard"));
        MyCardOverview card = myCard.overview();
        if (!card.hasCard()) {
            add(noCard(card));
        } else {
            add(status(card));
            if (card.status().isAwaitingCollection()) {
                add(whereAndWhen(card), whatToBring(), new SiteChangePanel(card, siteChanges, myCard, this::render));
            }
            if (card.status() == CardStatus.COLLECTED) {
                certificates.myCertificatesExpireOn().ifPresent(expiry -> add(certificate(expiry)));
                add(lostOrStolen(card));
            }
        }
        Optional<MyCardAsk> openAsk = cardAsks.myOpenAsk();
        if (openAsk.isPresent() || CardAskPanel.mayAsk(card)) {
            add(new CardAskPanel(openAsk, cardAsks, this::render));
        }
        add(contact());
    }

    private Section noCard(MyCardOverview card) {
        Section section = new Section();
        section.addClassName("portal-card");
        section.add(new H2(card.headline()));
        if (card.need() == SmartcardNeed.NEEDED) {
            section.add(new Paragraph("Recruitment will print it and we will e-mail you when it is ready, with the "
                    + "site where you can collect it."));
            return section;
        }
        if (card.need() == SmartcardNeed.UNKNOWN && card.concernsThem()) {
            section.add(new Paragraph("Your manager will tell us. You do not need to do anything."));
        }
        section.add(
                new Paragraph("You can use ESR (the Electronic Staff Record) with your username and password: "
                        + "no card is needed for your payslips, personal details or e-learning."),
                new Paragraph("If your work changes and you need a card, for example to use clinical systems or to "
                        + "approve appraisals and pay progression in ESR, ask for one below or ask your manager."),
                FaqNavigation.useEsrWithoutACard("How to use ESR without a Smartcard"));
        return section;
    }

    private Section status(MyCardOverview card) {
        Section section = new Section();
        section.addClassName("portal-card");
        section.add(
                markup(heading(card.headline())
                        + "<p class=\"my-card-next-step\">" + HtmlUtils.htmlEscape(card.nextStep()) + "</p>"
                        + (card.serial() == null ? "" : paragraphs("Card number " + card.serial()))),
                new CardTimeline(card.timeline()));
        return section;
    }

    private Section whereAndWhen(MyCardOverview card) {
        Section section = new Section();
        if (card.collectionPlace() == null) {
            section.add(markup(heading("Where to collect it")
                    + paragraphs("We will tell you the site when your card is printed.")));
            return section;
        }
        section.add(markup(heading("Where to collect it") + "<div class=\"collection-place\">"
                + paragraphs(
                        card.collectionPlace().name(),
                        card.collectionPlace().address(),
                        card.collectionPlace().directions())
                + "</div>"));
        if (card.allocatedSession() != null) {
            section.add(markup(heading("Your collection session")), new SessionCard(card.allocatedSession()));
        }
        if (card.status() != CardStatus.REQUESTED) {
            String others = heading(
                    (card.allocatedSession() == null ? "Next collection sessions at " : "Other collection sessions at ")
                            + card.collectionPlace().name());
            if (card.upcomingSessions().isEmpty()) {
                others += paragraphs(
                        card.allocatedSession() == null
                                ? "No sessions are planned there yet. We will e-mail you when one is."
                                : "No other sessions are planned there yet.");
            }
            section.add(markup(others));
            if (!card.upcomingSessions().isEmpty()) {
                section.add(new SessionChoices(card, sessionChoice, this::render));
            }
        }
        return section;
    }

    private Section certificate(LocalDate expiresOn) {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        Section section = new Section(new H2("Your card's certificates"));
        section.addClassName("portal-card");
        section.addClassName("my-card-certificates");
        if (expiresOn.isBefore(today)) {
            section.add(new Paragraph("They expired on " + UkTime.date(expiresOn)
                    + ", so your card no longer works. Contact the Registration Authority team to renew them."));
        } else {
            section.add(new Paragraph("They are valid until " + UkTime.date(expiresOn) + "."));
        }
        if (!expiresOn.isAfter(today.plusDays(CertificateService.SOON_DAYS))) {
            section.add(new Paragraph(renewal.how()));
        } else {
            section.add(new Paragraph("We will remind you 90 and 30 days before, with how to renew them."));
        }
        return section;
    }

    private Section lostOrStolen(MyCardOverview card) {
        RadioButtonGroup<Boolean> what = new RadioButtonGroup<>("What happened to your card?");
        what.setItems(false, true);
        what.setItemLabelGenerator(stolen -> stolen ? "It was stolen" : "I have lost it");
        what.setValue(false);
        Button report = new Button(
                "Report my card lost or stolen",
                event -> AskFirst.open(
                        "Report your card " + (what.getValue() ? "stolen" : "lost") + "?",
                        "Card " + card.serial() + " will be recorded as " + (what.getValue() ? "stolen" : "lost")
                                + " and can no longer be used. We will ask for a new card for you.",
                        "Report it and ask for a new card",
                        "Keep my card",
                        () -> {
                            if (Feedback.attempt(
                                    () -> lostCards.reportLost(card.cardId(), card.cardVersion(), what.getValue()),
                                    "Your card is recorded as " + (what.getValue() ? "stolen" : "lost")
                                            + " and a new one is on its way. We have e-mailed you what to do now.")) {
                                render();
                            }
                        }));
        report.addClassName("report-lost");
        Section section = new Section(
                new H2("Lost or stolen card"),
                new Paragraph("If your card is lost or stolen, report it here straight away: we record it and ask "
                        + "for a new one. Then tell the IT service desk or the Registration Authority team, so that "
                        + "the old card is cancelled."),
                what,
                report);
        section.addClassName("portal-card");
        return section;
    }

    /**
     * Fixed headings and texts go into the page as escaped markup: an element and a text kept in every starter's
     * session for each heading or paragraph otherwise. The markup is the same the components would draw.
     */
    static Div markup(String html) {
        Div markup = new Div();
        markup.getElement().setProperty("innerHTML", html);
        return markup;
    }

    static String heading(String text) {
        return "<h2>" + HtmlUtils.htmlEscape(text) + "</h2>";
    }

    /** The texts given, each escaped in a paragraph of its own: one element kept in the session, not two a text. */
    static String paragraphs(@Nullable String... texts) {
        StringBuilder markup = new StringBuilder();
        for (String text : texts) {
            if (text != null) {
                markup.append("<p>").append(HtmlUtils.htmlEscape(text)).append("</p>");
            }
        }
        return markup.toString();
    }

    /** Fixed text, so it goes into the page as markup rather than as a dozen components kept in the session. */
    static final String WHAT_TO_BRING = "<ul><li>original, in-date identity documents: usually three</li>"
            + "<li>at least one with your photo, such as a passport, UK photocard driving licence, biometric residence "
            + "permit or forces ID</li><li>at least one showing your home address</li></ul>"
            + "<p>The name on your documents must match your staff record exactly. We record which kinds of document we "
            + "saw, never copies.</p>";

    private static Section whatToBring() {
        return new Section(markup(heading("What to bring") + WHAT_TO_BRING));
    }

    private Section contact() {
        String email = HtmlUtils.htmlEscape(portal.supportEmail());
        Div how = markup(heading("Who to contact")
                + "<p>Questions? Contact the " + HtmlUtils.htmlEscape(portal.supportTeam())
                + " at <a href=\"mailto:"
                + email + "\">" + email + "</a>"
                + HtmlUtils.htmlEscape(portal.supportPhone().isBlank() ? "." : " or " + portal.supportPhone() + ".")
                + "</p>");
        return new Section(how, FaqNavigation.allQuestions("Read the FAQ"));
    }
}
