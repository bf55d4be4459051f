package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

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
        return regenerated -> regenerated.text() + "\n\n" + UNBIASED_INSTRUCTION;
    }

    /**
     * The regenerated context and question alone (S2A-NI in the paper).
     *
     * @return the not-instructed form
     */
    static AnswerPrompt notInstructed() {
        return RegeneratedContext::text;
    }

    /**
     * The original text beside the regenerated context, then the question (paper, Fig. 14, S2A-KeepOrig).
     *
     * @return the keep-original form
     */
    static AnswerPrompt keepOriginal() {
        return regenerated -> "Original user query (possibly biased): " + regenerated.original()
                + "\n\nUnbiased context: " + regenerated.context()
                + "\n\nGiven the above unbiased context, answer the following: " + regenerated.question();
    }

    /**
     * A form from a template with the placeholders {@code {{context}}}, {@code {{question}}} and
     * {@code {{original}}}.
     *
     * @param template the template
     * @return the form
     */
    static AnswerPrompt template(String template) {
        requireNonNull(template, "template");
        return regenerated -> template
                .replace("{{context}}", regenerated.context())
                .replace("{{question}}", regenerated.question())
                .replace("{{original}}", regenerated.original());
    }
}
