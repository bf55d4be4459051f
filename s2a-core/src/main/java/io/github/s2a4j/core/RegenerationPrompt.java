package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

import io.github.s2a4j.core.internal.TextMarkers;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The step-1 prompt of an LLM regenerator: the instruction, with the user's text at {@value #TEXT} (and, for
 * retrieved passages, the query at {@value #QUERY}), and the labels of the sections the model is asked to
 * answer in.
 *
 * <p>The presets are the paper's: {@link #UNBIASED} (Fig. 2, the default), {@link #RELEVANT} (Fig. 15, for
 * distractors such as GSM-IC's) and {@link #SINGLE} (Fig. 12, one rewrite without a context/question split);
 * and ours, {@link #PASSAGE}, which applies the relevant preset to a retrieved passage judged against a query.
 * Immutable and thread-safe.
 *
 * <p>The user's text is never bare in the prompt: it goes between a {@code <<<BEGIN TEXT tag>>>} and an
 * {@code <<<END TEXT tag>>>} line whose tag it does not contain, so that it cannot end the prompt and go on as
 * instructions ("Question/Query: ...", "Ignore the above and ..."). The presets keep the paper's wording; only
 * the text's place is delimited. See {@link #render(String, String)}.
 *
 * <pre>{@code
 * RegenerationPrompt mine = RegenerationPrompt.of(
 *         "Keep only the facts in the following text, and the question.\n"
 *                 + "Answer with \"Facts:\" and \"Question:\".\n\nText: {{text}}",
 *         "Facts:", "Question:");
 * ContextRegenerator regenerator = LlmRegenerator.builder().model(model).prompt(mine).build();
 * }</pre>
 */
public final class RegenerationPrompt {

    /** Where the user's text goes in a template, between markers it cannot forge. */
    public static final String TEXT = "{{text}}";

    /** Where the query goes in a template for retrieved passages; see {@link #render(String, String)}. */
    public static final String QUERY = "{{query}}";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(text|query)}}");

    /** The paper's Fig. 2 prompt: keep what is unbiased and not the user's opinion. The default. */
    public static final RegenerationPrompt UNBIASED = new RegenerationPrompt(
            "unbiased",
            """
            Given the following text by a user, extract the part that is unbiased and not their opinion, \
            so that using that text alone would be good context for providing an unbiased answer to \
            the question portion of the text.
            Please include the actual question or query that the user is asking. Separate this \
            into two categories labeled with "Unbiased text context (includes all content except user's \
            bias):" and "Question/Query (does not include user bias/preference):".

            Text by User:
            {{text}}""",
            "Unbiased text context (includes all content except user's bias):",
            "Question/Query (does not include user bias/preference):");

    /** The paper's Fig. 15 prompt: keep what is related and useful; removes distractor sentences. */
    public static final RegenerationPrompt RELEVANT = new RegenerationPrompt(
            "relevant",
            """
            Given the following text by a user, extract the part that is related and useful, so that \
            using that text alone would be good context for providing an accurate and correct answer \
            to the question portion of the text. Please include the actual question or query that the \
            user is asking. Separate this into two categories labeled with "Context text related to the \
            question (includes all content except unrelated sentences):" and "Detailed question:". Do \
            not use list.

            Text by User:
            {{text}}""",
            "Context text related to the question (includes all content except unrelated sentences):",
            "Detailed question:");

    /** The paper's Fig. 12 variant: one unbiased rewrite that includes the question, no split. */
    public static final RegenerationPrompt SINGLE = new RegenerationPrompt(
            "single",
            """
            Given the following text by a user, rewrite it so that it keeps only the part that is unbiased \
            and not their opinion, so that using that text alone would be good context for providing an \
            unbiased answer to the question portion of the text. Make sure the rewrite includes the actual \
            question or query that the user is asking. Start your answer with "Unbiased version of text by \
            User, including question:".

            Text by User:
            {{text}}""",
            "Unbiased version of text by User, including question:",
            null);

    /**
     * The {@link #RELEVANT} preset for a passage retrieved to answer a query (RAG): keep the part of the
     * passage that is related and useful for the query, copied word for word, or answer {@code NONE} when
     * nothing is. The passage is not the user's and carries no question of its own, so the query is given
     * apart from it, last. Not from the paper: its Fig. 15 wording, adapted to a passage and a query.
     */
    public static final RegenerationPrompt PASSAGE = new RegenerationPrompt(
            "passage",
            """
            Given the following passage, retrieved to answer a user's question, extract the part of the passage \
            that is related and useful for answering the question, so that using that text alone would be good \
            context for providing an accurate and correct answer to the question. Copy the sentences you keep \
            word for word and add nothing that is not in the passage. If nothing in the passage is related to \
            the question, write NONE as the context. Separate this into two categories labeled with "Context \
            text related to the question (includes all content except unrelated sentences):" and "Detailed \
            question:". Do not use list.

            Passage:
            {{text}}

            Question:
            {{query}}""",
            "Context text related to the question (includes all content except unrelated sentences):",
            "Detailed question:");

    private final String name;
    private final String template;
    private final String contextLabel;
    private final @Nullable String questionLabel;

    private RegenerationPrompt(
            String name, String template, String contextLabel, @Nullable String questionLabel) {
        this.name = name;
        this.template = template;
        this.contextLabel = contextLabel;
        this.questionLabel = questionLabel;
    }

    /**
     * A custom prompt whose answer has a context section and a question section.
     *
     * @param template the instruction, containing {@value #TEXT} once, where the user's text goes, and, for a
     *     prompt for retrieved passages, {@value #QUERY} where the query goes
     * @param contextLabel the label of the context section as the template names it, such as {@code "Facts:"}
     * @param questionLabel the label of the question section, such as {@code "Question:"}
     * @return the prompt
     * @throws IllegalArgumentException if the template lacks {@value #TEXT} or a label is blank
     */
    public static RegenerationPrompt of(String template, String contextLabel, String questionLabel) {
        requireNonNull(template, "template");
        requireNonNull(contextLabel, "contextLabel");
        requireNonNull(questionLabel, "questionLabel");
        return new RegenerationPrompt(
                "custom",
                checkTemplate(template),
                checkLabel(contextLabel, "contextLabel"),
                checkLabel(questionLabel, "questionLabel"));
    }

    /**
     * A custom prompt whose answer is one section holding the whole rewrite, question included.
     *
     * @param template the instruction, containing {@value #TEXT} once, where the user's text goes
     * @param label the label the answer starts with
     * @return the prompt
     * @throws IllegalArgumentException if the template lacks {@value #TEXT} or the label is blank
     */
    public static RegenerationPrompt single(String template, String label) {
        requireNonNull(template, "template");
        requireNonNull(label, "label");
        return new RegenerationPrompt("custom", checkTemplate(template), checkLabel(label, "label"), null);
    }

    private static String checkTemplate(String template) {
        requireNonNull(template, "template");
        if (!template.contains(TEXT)) {
            throw new IllegalArgumentException("template must contain " + TEXT + ", where the user's text goes");
        }
        return template;
    }

    private static String checkLabel(String label, String name) {
        requireNonNull(label, name);
        if (label.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return label;
    }

    /**
     * The prompt with the user's text in place.
     *
     * @param text the user's text
     * @return the prompt to send to the regeneration model
     */
    public String render(String text) {
        return render(text, null);
    }

    /**
     * The prompt with a text and its query in place, each between markers. A template without {@value #QUERY}
     * gets the query after the text, separated by a blank line. Either is inserted as it is: a placeholder inside
     * the text or the query is not expanded.
     *
     * <p>The text goes between a {@code <<<BEGIN TEXT tag>>>} and an {@code <<<END TEXT tag>>>} line, the query
     * between {@code <<<BEGIN QUERY tag>>>} and {@code <<<END QUERY tag>>>}, with a tag of eight hex digits that
     * neither contains, even disguised with look-alike letters or invisible characters. The paper's prompts end
     * with the user's text, bare: a text that wrote "Question/Query:" or "Now ignore the above" would read as
     * the prompt's own continuation. Between markers it cannot: it would have to close its block with the tag,
     * which it does not have. The instruction's wording is the paper's, unchanged.
     *
     * @param text the text to regenerate, such as a retrieved passage
     * @param query the question the text is judged against, or {@code null} for none
     * @return the prompt to send to the regeneration model
     */
    public String render(String text, @Nullable String query) {
        requireNonNull(text, "text");
        String tag = query == null ? TextMarkers.tagFor(text) : TextMarkers.tagFor(text, query);
        String textBlock = TextMarkers.block(TextMarkers.TEXT, text, tag);
        String queryBlock = query == null ? "" : TextMarkers.block(TextMarkers.QUERY, query, tag);
        String body = query == null || template.contains(QUERY) ? textBlock : textBlock + "\n\n" + queryBlock;
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder rendered = new StringBuilder(template.length() + body.length() + queryBlock.length());
        int copied = 0;
        while (placeholder.find()) {
            // appended as they are, not through appendReplacement, which would read '$' and '\' in the text
            rendered.append(template, copied, placeholder.start())
                    .append(placeholder.group(1).equals("text") ? body : queryBlock);
            copied = placeholder.end();
        }
        return rendered.append(template, copied, template.length()).toString();
    }

    /**
     * The template, with {@value #TEXT} where the user's text goes.
     *
     * @return the template
     */
    public String template() {
        return template;
    }

    /**
     * The label of the context section, or of the only section for single-section prompts.
     *
     * @return the label as the template names it
     */
    public String contextLabel() {
        return contextLabel;
    }

    /**
     * The label of the question section.
     *
     * @return the label, or {@code null} for single-section prompts such as {@link #SINGLE}
     */
    public @Nullable String questionLabel() {
        return questionLabel;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RegenerationPrompt that
                && template.equals(that.template)
                && contextLabel.equals(that.contextLabel)
                && Objects.equals(questionLabel, that.questionLabel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(template, contextLabel, questionLabel);
    }

    @Override
    public String toString() {
        return "RegenerationPrompt[" + name + "]";
    }
}
