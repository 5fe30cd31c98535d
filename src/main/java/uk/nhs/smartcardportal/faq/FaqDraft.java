package uk.nhs.smartcardportal.faq;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the FAQ editor submits. The same limits feed the form's fields. */
public record FaqDraft(
        @NotBlank(message = "Enter a category")
        @Size(max = FaqEntry.CATEGORY_MAX, message = "The category can be at most {max} characters")
        String category,

        @NotBlank(message = "Enter the question")
        @Size(max = FaqEntry.QUESTION_MAX, message = "The question can be at most {max} characters")
        String question,

        @NotBlank(message = "Enter the answer")
        @Size(max = FaqEntry.ANSWER_MAX, message = "The answer can be at most {max} characters")
        String answer) {

    /** The fields, as refusals name them. */
    public static final String CATEGORY = "category";

    public static final String QUESTION = "question";
    public static final String ANSWER = "answer";
}
