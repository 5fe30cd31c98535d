package uk.nhs.smartcardportal.faq;

/** A published question as the FAQ's list shows it: no answer, which is read on the question's own page. */
public record FaqQuestion(String slug, String category, String question) {}
