package uk.nhs.smartcardportal.passport.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.passport.Criterion;
import uk.nhs.smartcardportal.passport.CriterionState;
import uk.nhs.smartcardportal.passport.MyPassport;
import uk.nhs.smartcardportal.passport.PassportAssessment;

/** A passport answer in plain words: the answer first, then each check with what to do next. */
class PassportAnswer extends Div {

    PassportAnswer(MyPassport passport, boolean ownWords) {
        addClassName("passport-answer");
        PassportAssessment assessment = passport.assessment();
        Div answer = new Div();
        answer.addClassNames(
                "portal-card",
                "passport-outcome",
                "passport-outcome-" + assessment.outcome().name().toLowerCase().replace('_', '-'));
        answer.add(new H2(headline(assessment, ownWords)));
        switch (assessment.outcome()) {
            case ELIGIBLE -> {
                answer.add(new Paragraph((ownWords ? "You can" : "They can") + " work at these partner "
                        + "organisations without repeating pre-employment checks and statutory and mandatory "
                        + "training:"));
                UnorderedList partners = new UnorderedList();
                assessment.partners().forEach(partner -> partners.add(new ListItem(partner)));
                answer.add(partners);
            }
            case NOT_YET -> {
                answer.add(new Paragraph(
                        assessment.toDo().size() == 1
                                ? "One thing to sort out first:"
                                : assessment.toDo().size() + " things to sort out first:"));
                UnorderedList steps = new UnorderedList();
                assessment
                        .toDo()
                        .forEach(criterion -> steps.add(new ListItem(criterion.name() + ": "
                                + (criterion.nextStep() == null ? criterion.reason() : criterion.nextStep()))));
                answer.add(steps);
            }
            case NOT_COVERED ->
                answer.add(new Paragraph(assessment.toDo().stream()
                                .filter(criterion -> criterion.state() == CriterionState.NOT_MET)
                                .map(Criterion::reason)
                                .findFirst()
                                .orElse("")
                        + " Staff passporting is only between organisations in an agreement, "
                        + "for the staff groups it covers."));
        }
        if (!assessment.warnings().isEmpty()) {
            UnorderedList soon = new UnorderedList();
            assessment
                    .warnings()
                    .forEach(criterion -> soon.add(new ListItem(criterion.name() + ": " + criterion.nextStep())));
            answer.add(new Paragraph("Coming up:"), soon);
        }
        add(
                answer,
                new H3("The checks"),
                checklist(assessment.criteria()),
                new Paragraph("Worked out on " + UkTime.DATE.format(passport.assessedOn()) + " from the records the "
                        + "Workforce Systems Team holds from ESR."));
    }

    private static String headline(PassportAssessment assessment, boolean ownWords) {
        return switch (assessment.outcome()) {
            case ELIGIBLE -> ownWords ? "Yes: you can use a staff passport" : "Eligible for a staff passport";
            case NOT_YET -> ownWords ? "Not yet: a few things first" : "Not yet eligible";
            case NOT_COVERED -> ownWords ? "Staff passporting does not cover you" : "Not covered";
        };
    }

    private static UnorderedList checklist(List<Criterion> criteria) {
        UnorderedList list = new UnorderedList();
        list.addClassName("passport-checklist");
        for (Criterion criterion : criteria) {
            Span state = new Span(
                    criterion.warning() ? "Met, renew soon" : criterion.state().label());
            state.addClassNames(
                    "passport-state",
                    "passport-state-"
                            + (criterion.warning()
                                    ? "warning"
                                    : criterion.state().name().toLowerCase().replace('_', '-')));
            Span name = new Span(" " + criterion.name() + ". ");
            name.addClassName("passport-criterion");
            Div reason = new Div(criterion.reason());
            reason.addClassName("passport-reason");
            ListItem item = new ListItem(state, name, reason);
            if (criterion.nextStep() != null) {
                Paragraph next = new Paragraph("What to do: " + criterion.nextStep());
                next.addClassName("passport-next-step");
                item.add(next);
            }
            list.add(item);
        }
        return list;
    }
}
