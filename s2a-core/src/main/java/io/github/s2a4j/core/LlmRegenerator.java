package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.s2a4j.core.internal.LabelledSections;
import io.github.s2a4j.core.internal.LazyList;
import io.github.s2a4j.core.internal.Sentence;
import io.github.s2a4j.core.internal.Sentences;
import io.github.s2a4j.core.internal.TextMarkers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The paper's regeneration by copying: a chat model is asked to copy out the part of the user's text that
 * deserves attention, labelled as context and question, and the labelled fields are kept (paper, section 2.2).
 *
 * <p>The regeneration request carries the step-1 prompt alone: no system message, tools or response format
 * of the conversation it serves; the user's text is delimited in it (see {@link RegenerationPrompt#render(String,
 * String)}). The model's answer is parsed leniently (chain-of-thought before the labels, markdown, reordered or
 * missing sections, the prompt's markers copied along), and leads to:
 * <ul>
 *   <li>a labelled context and question: the regeneration;</li>
 *   <li>a context without a question section, or with an empty one: the context, with the text's own last
 *       question, so that the question is never lost;</li>
 *   <li>no answer ({@code null}, empty, blank), no labelled section (chain-of-thought alone), or labels with
 *       nothing after them: an {@link S2AException};</li>
 *   <li>sections more than three times as long as the text, plus 200 characters: an
 *       {@link S2AException}, since that is no copy of the text;</li>
 *   <li>a copy that invents, paraphrases or translates: the copy as it is; this regenerator does not check what
 *       the model wrote against the text, {@link GuardedRegenerator} does.</li>
 * </ul>
 * The model's own exceptions propagate unchanged. Immutable and thread-safe if the model is.
 *
 * <pre>{@code
 * ContextRegenerator distractors = LlmRegenerator.builder()
 *         .model(cheapModel)
 *         .prompt(RegenerationPrompt.RELEVANT)
 *         .build();
 * }</pre>
 */
public final class LlmRegenerator implements ContextRegenerator {

    /** An answer that is only the passage prompt's "nothing here" marker, without labels. */
    private static final Pattern NOTHING_RELEVANT = Pattern.compile("(?i)[*_\"'(]*(?:none|n/a)[.)*_\"']*");

    private static final Pattern END_PUNCTUATION = Pattern.compile("[.!?]+$");

    /** How many times as long as the text a copy may be, plus {@link #COPY_SLACK}. */
    private static final int COPY_FACTOR = 3;

    /** Characters a copy may have beyond {@link #COPY_FACTOR} times the text: labels, a restated question. */
    private static final int COPY_SLACK = 200;

    private final ChatModel model;
    private final RegenerationPrompt prompt;
    private final LabelledSections parser;
    private final RegenerationPrompt passagePrompt;
    private final LabelledSections passageParser;

    private LlmRegenerator(Builder builder) {
        this.model = requireNonNull(builder.model, "model");
        this.prompt = builder.prompt;
        this.parser = parserFor(prompt);
        this.passagePrompt = builder.passagePrompt;
        this.passageParser = parserFor(passagePrompt);
    }

    /**
     * A builder; {@link Builder#model(ChatModel)} is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Regenerates the request's text. A request with a {@link RegenerationRequest#query() query}, such as a
     * retrieved passage, is sent with the {@link Builder#passagePrompt passage prompt}; its regeneration's
     * original is the passage, its question the query (unless the model restated it), and its context empty
     * when the model found nothing in the passage related to the query.
     *
     * @param request the text, and its query where the question lives elsewhere
     * @return the context and question to attend to
     * @throws S2AException if the model's answer has no usable section
     */
    @Override
    public RegeneratedContext regenerate(RegenerationRequest request) {
        requireNonNull(request, "request");
        String text = request.text();
        String query = request.query();
        RegenerationPrompt used = query == null ? prompt : passagePrompt;
        ChatRequest chatRequest = ChatRequest.builder()
                .messages(UserMessage.from(used.render(text, query)))
                .build();
        ChatResponse response = model.chat(chatRequest);
        AiMessage answer = response == null ? null : response.aiMessage();
        String output = answer == null ? null : answer.text();
        if (output == null || output.isBlank()) {
            throw new S2AException("the regeneration model returned an empty answer");
        }
        if (output.contains("<<<")) {
            output = withoutMarkers(output, text, query);
        }
        if (query != null && NOTHING_RELEVANT.matcher(output.strip()).matches()) {
            // The passage prompt asks for NONE when nothing is related; some models write only that.
            return new RegeneratedContext(text, "", query, lazyRemovals(text, ""), response.tokenUsage());
        }
        List<@Nullable String> sections = (query == null ? parser : passageParser).parse(output);
        String context;
        String question;
        if (used.questionLabel() == null) {
            context = sections.get(0);
            // A passage may have nothing related to its query; a user's text always has something to keep.
            if (context == null || (query == null && context.isBlank())) {
                throw new S2AException("the regeneration has no \"" + LabelledSections.core(used.contextLabel())
                        + "\" section");
            }
            checkLength(context.length(), text, query);
            if (query != null) {
                question = query;
            } else {
                question = context.contains("?") || !text.contains("?") ? "" : Sentences.question(text);
            }
        } else {
            context = sections.get(0);
            String regeneratedQuestion = sections.get(1);
            if (context == null && regeneratedQuestion == null) {
                throw new S2AException("the regeneration has neither a \""
                        + LabelledSections.core(used.contextLabel()) + "\" nor a \""
                        + LabelledSections.core(used.questionLabel()) + "\" section");
            }
            String written = regeneratedQuestion == null || regeneratedQuestion.isBlank() ? "" : regeneratedQuestion;
            if (query == null && (context == null || context.isBlank()) && written.isEmpty()) {
                // Labels with nothing after them: the original question alone would lose the whole context.
                throw new S2AException("the regeneration's \"" + LabelledSections.core(used.contextLabel())
                        + "\" and \"" + LabelledSections.core(used.questionLabel()) + "\" sections are empty");
            }
            if (context == null) {
                context = "";
            }
            checkLength(context.length() + written.length(), text, query);
            if (!written.isEmpty()) {
                question = written;
            } else {
                question = query != null ? query : Sentences.question(text);
            }
        }
        String kept = query == null ? context + "\n" + question : context;
        return new RegeneratedContext(text, context, question, lazyRemovals(text, kept), response.tokenUsage());
    }

    /**
     * Rejects sections far longer than the text they copy: a model that repeats itself, writes an essay or
     * answers the question instead of copying it.
     */
    private static void checkLength(int written, String text, @Nullable String query) {
        long copied = text.length() + (query == null ? 0L : query.length());
        if (written > COPY_FACTOR * copied + COPY_SLACK) {
            throw new S2AException("the regeneration is " + written + " chars long, more than " + COPY_FACTOR
                    + " times the " + copied + " chars of the text: not a copy");
        }
    }

    /** The answer without the markers of the prompt's blocks, which some models copy along with the text. */
    private static String withoutMarkers(String output, String text, @Nullable String query) {
        if (!output.contains("<<<")) {
            return output; // the usual answer: no marker to look for, no tag to work out
        }
        String tag = query == null ? TextMarkers.tagFor(text) : TextMarkers.tagFor(text, query);
        return output
                .replace(TextMarkers.begin(TextMarkers.TEXT, tag), "")
                .replace(TextMarkers.end(TextMarkers.TEXT, tag), "")
                .replace(TextMarkers.begin(TextMarkers.QUERY, tag), "")
                .replace(TextMarkers.end(TextMarkers.QUERY, tag), "");
    }

    /** The sentences of the original that the regeneration does not contain: an approximation for copies. */
    /**
     * The removals, worked out when first asked for: the sentence-by-sentence diff costs more than the rest of a
     * regeneration, and a decorator answering from the regeneration never needs it.
     */
    private static List<Removal> lazyRemovals(String original, String regenerated) {
        return LazyList.of(() -> removals(original, regenerated));
    }

    private static List<Removal> removals(String original, String regenerated) {
        String kept = normalize(regenerated);
        List<Removal> removed = new ArrayList<>();
        int cursor = 0; // copies keep the original's order: look after the previous sentence first
        for (Sentence sentence : Sentences.split(original)) {
            String normalized = withoutEndPunctuation(normalize(sentence.text()));
            if (normalized.isEmpty()) {
                continue;
            }
            int at = kept.indexOf(normalized, cursor);
            if (at < 0 && cursor > 0) {
                at = kept.indexOf(normalized); // the whole copy: indexOf is vectorised, lastIndexOf is not
            }
            if (at < 0) {
                removed.add(new Removal(sentence.text(), "not in the regenerated text"));
            } else {
                cursor = at + normalized.length();
            }
        }
        return removed;
    }

    /** Lower case, each run of whitespace ({@code \s}) as one space, stripped. */
    private static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.indexOf("  ") < 0 && lower.indexOf('\n') < 0 && lower.indexOf('\t') < 0 && lower.indexOf('\r') < 0
                && lower.indexOf('\f') < 0 && lower.indexOf('\u000B') < 0) {
            return lower.strip(); // every run of whitespace is one space already
        }
        char[] normalized = new char[lower.length()];
        int length = 0;
        boolean inSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                normalized[length++] = c;
            } else if (!inSpace) {
                normalized[length++] = ' ';
            }
            inSpace = space;
        }
        return new String(normalized, 0, length).strip();
    }

    /** The text without the run of sentence-ending punctuation it ends with. */
    private static String withoutEndPunctuation(String normalized) {
        int end = normalized.length();
        if (end > 0 && normalized.charAt(end - 1) == '\u0085') {
            // A final line terminator: "$" also matches before it.
            return END_PUNCTUATION.matcher(normalized).replaceAll("");
        }
        while (end > 0 && ".!?".indexOf(normalized.charAt(end - 1)) >= 0) {
            end--;
        }
        return normalized.substring(0, end);
    }

    private static LabelledSections parserFor(RegenerationPrompt prompt) {
        List<String> labels = new ArrayList<>();
        List<List<String>> aliases = new ArrayList<>();
        labels.add(prompt.contextLabel());
        String questionLabel = prompt.questionLabel();
        if (questionLabel == null) {
            aliases.add(aliases(prompt.contextLabel()));
        } else {
            aliases.add(aliases(prompt.contextLabel(), "Context"));
            labels.add(questionLabel);
            aliases.add(aliases(questionLabel, "Question", "Query"));
        }
        return new LabelledSections(labels, aliases);
    }

    /** Shorter names models use for a label: its parts around "/" and before a comma, and generic ones. */
    private static List<String> aliases(String label, String... generic) {
        String core = LabelledSections.core(label);
        Set<String> aliases = new LinkedHashSet<>();
        for (String part : core.split("/", -1)) {
            aliases.add(part.strip());
        }
        aliases.add(core.split(",", -1)[0].strip());
        aliases.addAll(List.of(generic));
        aliases.remove(core);
        aliases.removeIf(String::isBlank);
        return List.copyOf(aliases);
    }

    @Override
    public String toString() {
        return "LlmRegenerator[prompt=" + prompt + ", passagePrompt=" + passagePrompt
                + ", model=" + model.getClass().getSimpleName() + "]";
    }

    /** Builds {@link LlmRegenerator}s. Not thread-safe. */
    public static final class Builder {

        private @Nullable ChatModel model;
        private RegenerationPrompt prompt = RegenerationPrompt.UNBIASED;
        private RegenerationPrompt passagePrompt = RegenerationPrompt.PASSAGE;

        private Builder() {}

        /**
         * Sets the model that regenerates (required).
         *
         * @param model the regeneration model
         * @return this builder
         */
        public Builder model(ChatModel model) {
            this.model = requireNonNull(model, "model");
            return this;
        }

        /**
         * Sets the step-1 prompt for the user's text; {@link RegenerationPrompt#UNBIASED} by default.
         *
         * @param prompt a preset or a custom prompt
         * @return this builder
         */
        public Builder prompt(RegenerationPrompt prompt) {
            this.prompt = requireNonNull(prompt, "prompt");
            return this;
        }

        /**
         * Sets the step-1 prompt for requests with a {@link RegenerationRequest#query() query}: retrieved
         * passages judged against the user's query in a RAG chain; {@link RegenerationPrompt#PASSAGE} by
         * default. A template without {@value RegenerationPrompt#QUERY} gets the query after the passage.
         *
         * @param passagePrompt a prompt for a passage and a query
         * @return this builder
         */
        public Builder passagePrompt(RegenerationPrompt passagePrompt) {
            this.passagePrompt = requireNonNull(passagePrompt, "passagePrompt");
            return this;
        }

        /**
         * Builds the regenerator.
         *
         * @return the regenerator
         * @throws IllegalStateException if no model was set
         */
        public LlmRegenerator build() {
            if (model == null) {
                throw new IllegalStateException("model is required");
            }
            return new LlmRegenerator(this);
        }
    }
}
