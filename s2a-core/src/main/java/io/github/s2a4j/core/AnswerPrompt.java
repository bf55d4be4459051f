package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * S2A's second step: the user turn the answering model sees, built from the regenerated context.
 *
 * <p>The stock forms are the paper's: {@link #instructed()} (Fig. 13, the default), {@link #notInstructed()}
 * (S2A-NI) and {@link #keepOriginal()} (Fig. 14, which shows the original text too and, in the paper, lets some
 * of the bias back in). Implementations must be thread-safe and must not return {@code null}.
 *
 * <pre>{@code
 * ChatModel model = S2AChatModel.builder()
 *         .delegate(openAi)
 *         .answerPrompt(AnswerPrompt.notInstructed())
 *         .build();
 * }</pre>
 */
@FunctionalInterface
public interface AnswerPrompt {

    /** The line the instructed form ends with (paper, Fig. 13). */
    String UNBIASED_INSTRUCTION = "Answer in an unbiased way.";

    /**
     * Renders the user turn for the answering call.
     *
     * @param regenerated the result of the first step
     * @return the text of the user turn
     */
    String render(RegeneratedContext regenerated);

    /**
     * The regenerated context and question, then {@value #UNBIASED_INSTRUCTION} (paper, Fig. 13). The default.
     *
     * @return the instructed form
     */
    static AnswerPrompt instructed() {
        return regenerated -> requireNonNull(regenerated, "regenerated").text() + "\n\n" + UNBIASED_INSTRUCTION;
    }

    /**
     * The regenerated context and question alone (S2A-NI in the paper).
     *
     * @return the not-instructed form
     */
    static AnswerPrompt notInstructed() {
        return regenerated -> requireNonNull(regenerated, "regenerated").text();
    }

    /**
     * The original text beside the regenerated context, then the question (paper, Fig. 14, S2A-KeepOrig).
     *
     * @return the keep-original form
     */
    static AnswerPrompt keepOriginal() {
        return regenerated -> "Original user query (possibly biased): "
                + requireNonNull(regenerated, "regenerated").original()
                + "\n\nUnbiased context: " + regenerated.context()
                + "\n\nGiven the above unbiased context, answer the following: " + regenerated.question();
    }

    /**
     * A form from a template with the placeholders {@code {{context}}}, {@code {{question}}} and
     * {@code {{original}}}. Each is filled in once, as it is: a placeholder inside the user's text is not
     * expanded, so a text cannot bring back the original it was regenerated from.
     *
     * @param template the template
     * @return the form
     */
    static AnswerPrompt template(String template) {
        requireNonNull(template, "template");
        return regenerated -> fill(template, requireNonNull(regenerated, "regenerated"));
    }

    /** The template with its placeholders filled in one pass over the template alone. */
    private static String fill(String template, RegeneratedContext regenerated) {
        StringBuilder filled = new StringBuilder(template.length() + regenerated.original().length());
        int at = 0;
        for (int open = template.indexOf("{{"); open >= 0; open = template.indexOf("{{", at)) {
            int close = template.indexOf("}}", open + 2);
            if (close < 0) {
                break;
            }
            @Nullable String value = switch (template.substring(open + 2, close)) {
                case "context" -> regenerated.context();
                case "question" -> regenerated.question();
                case "original" -> regenerated.original();
                default -> null;
            };
            if (value == null) {
                filled.append(template, at, open + 2);
                at = open + 2;
            } else {
                filled.append(template, at, open).append(value);
                at = close + 2;
            }
        }
        return filled.append(template, at, template.length()).toString();
    }
}
