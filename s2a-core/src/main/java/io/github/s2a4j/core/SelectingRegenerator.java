package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.s2a4j.core.internal.FoldedText;
import io.github.s2a4j.core.internal.LabelledSections;
import io.github.s2a4j.core.internal.Sentence;
import io.github.s2a4j.core.internal.SentenceNumbers;
import io.github.s2a4j.core.internal.Sentences;
import io.github.s2a4j.core.internal.TextMarkers;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Regeneration by selection, not copying: the user's sentences are numbered, a chat model answers with the
 * numbers of those to keep and of the question, and the context is rebuilt verbatim from the original.
 *
 * <p>What the paper's authors name as the way to make S2A cheap: the model writes a few numbers instead of a
 * copy of the context, so its output no longer grows with the text, and nothing can be invented or smuggled in,
 * because every character of the result comes from the user's text. {@link RegeneratedContext#removed()} lists
 * exactly the sentences that were not selected.
 *
 * <p>The sentences are shown one per line, {@code [1]} to {@code [n]}, between markers carrying a tag that the
 * text does not contain, with line breaks inside a sentence flattened: the text can neither close the block
 * nor start a numbered line of its own. The answer is read leniently: prose around the list, ranges
 * ({@code 2-4}, {@code 2 to 4}), brackets, bullets, repeated or out-of-range numbers (ignored), {@code none},
 * and a question given as text instead of a number, which is accepted only when it is, compared case- and
 * space-insensitively, part of the original (and then taken from the original). A missing or unusable question
 * falls back to the text's last question. An answer without a usable {@code Context:} line (no answer at all,
 * chain-of-thought alone, invented sentences, numbers out of range), or whose {@code Context:} and
 * {@code Question:} lines are both empty, is an {@link S2AException}, so the decorator's {@link FailurePolicy}
 * applies. Whatever the model writes, the regeneration holds only text of the original. With a
 * {@link RegenerationRequest#query() query}, the query is shown as the last numbered sentences and is always
 * the question; only the text's sentences can be kept or removed.
 *
 * <p>The regeneration request carries the prompt alone, no tools or response format. The model's own
 * exceptions propagate unchanged. Immutable and thread-safe if the model is.
 *
 * <pre>{@code
 * ContextRegenerator selecting = SelectingRegenerator.builder()
 *         .model(cheapModel)
 *         .prompt(SelectionPrompt.RELEVANT)
 *         .build();
 * ChatModel model = S2AChatModel.builder().delegate(openAi).regenerator(selecting).build();
 * }</pre>
 */
public final class SelectingRegenerator implements ContextRegenerator {

    private static final Logger log = LoggerFactory.getLogger(SelectingRegenerator.class);

    /** The reason given for every sentence the model did not select. */
    public static final String NOT_SELECTED = "not selected by the model";

    private static final LabelledSections ANSWER = new LabelledSections(
            List.of("Context:", "Question:"),
            List.of(
                    List.of("Keep", "Kept", "Selected", "Selected sentences", "Sentences", "Sentences to keep",
                            "Context sentences", "Context numbers"),
                    List.of("Question number", "Question sentence", "Query")));

    /** Answers that select nothing, beyond those {@link LabelledSections} already reads as empty. */
    private static final Pattern NOTHING =
            Pattern.compile("(?i)\\s*(?:no|zero)\\s+(?:sentences?|numbers?)\\b.*|\\s*\\[\\s*]\\s*", Pattern.DOTALL);

    /** What may follow a bare list of numbers: closing brackets and punctuation. */
    private static final Pattern BARE_LIST_END = Pattern.compile("[\\s\\])}.,;:*`\"']*");

    /** A question given as text must have this many words, unless it is a whole sentence. */
    private static final int MIN_QUESTION_WORDS = 3;

    private final ChatModel model;
    private final SelectionPrompt prompt;

    private SelectingRegenerator(Builder builder) {
        this.model = requireNonNull(builder.model, "model");
        this.prompt = builder.prompt;
    }

    /**
     * A builder; {@link Builder#model(ChatModel)} is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public RegeneratedContext regenerate(RegenerationRequest request) {
        requireNonNull(request, "request");
        String query = request.query();
        String original = query == null ? request.text() : request.text() + "\n\n" + query;
        List<Sentence> sentences = Sentences.split(original);
        if (sentences.isEmpty()) {
            throw new S2AException("the text has no sentence to select from");
        }
        int selectable = query == null ? sentences.size() : countBefore(sentences, request.text().length());

        ChatResponse response = model.chat(ChatRequest.builder()
                .messages(UserMessage.from(prompt.render(numbered(original, sentences))))
                .build());
        AiMessage answer = response == null ? null : response.aiMessage();
        String output = answer == null ? null : answer.text();
        if (output == null || output.isBlank()) {
            throw new S2AException("the selection model returned an empty answer");
        }

        List<@Nullable String> sections = ANSWER.parse(output);
        if (query == null && sections.get(0) != null && isBlank(sections.get(0)) && isBlank(sections.get(1))) {
            // Labels with nothing after them: the text's question alone would lose the whole context.
            throw new S2AException("the selection's \"Context:\" and \"Question:\" lines are empty");
        }
        BitSet kept = kept(sections.get(0), output, sentences, selectable);
        List<int[]> question = query == null
                ? question(sections.get(1), original, sentences)
                : List.of(querySpan(original, request.text().length() + 2));

        List<int[]> context = new ArrayList<>();
        List<Removal> removed = new ArrayList<>();
        for (int i = 0; i < selectable; i++) {
            Sentence sentence = sentences.get(i);
            if (overlapsAny(sentence, question)) {
                removeOutside(sentence, question, original, removed);
            } else if (kept.get(i + 1)) {
                context.add(new int[] {sentence.start(), sentence.end()});
            } else {
                removed.add(new Removal(sentence.text(), NOT_SELECTED));
            }
        }
        return new RegeneratedContext(
                original, join(original, context), join(original, question), removed, response.tokenUsage());
    }

    /** The user's sentences, numbered one per line, between markers whose tag the text does not contain. */
    private static String numbered(String original, List<Sentence> sentences) {
        String tag = TextMarkers.tagFor(original);
        StringBuilder block = new StringBuilder(original.length() + 8 * sentences.size() + 64);
        block.append(TextMarkers.begin(TextMarkers.TEXT, tag)).append('\n');
        for (int i = 0; i < sentences.size(); i++) {
            block.append('[').append(i + 1).append("] ");
            appendFlattened(sentences.get(i).text(), block);
            block.append('\n');
        }
        return block.append(TextMarkers.end(TextMarkers.TEXT, tag)).toString();
    }

    /** Appends a sentence with every run of whitespace, line breaks included, as one space. */
    private static void appendFlattened(String text, StringBuilder out) {
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
    }

    /** The numbers (1-based) of the sentences the answer keeps as context. */
    private static BitSet kept(
            @Nullable String body, String output, List<Sentence> sentences, int selectable) {
        if (body == null) {
            // No "Context:" line: accept an answer that is a bare list of numbers and nothing else.
            String bare = output.strip().replaceAll("^`{3}\\w*|`{3}$", "").strip();
            SentenceNumbers.Numbers numbers = SentenceNumbers.parse(bare, selectable);
            if (numbers == null || !BARE_LIST_END.matcher(bare.substring(numbers.end())).matches()) {
                throw new S2AException("the selection has no \"Context:\" line with sentence numbers");
            }
            return usable(numbers, selectable);
        }
        if (body.isBlank() || NOTHING.matcher(body).matches()) {
            return new BitSet();
        }
        SentenceNumbers.Numbers numbers = SentenceNumbers.parse(body, selectable);
        if (numbers != null) {
            return usable(numbers, selectable);
        }
        // A model that copied sentences instead of numbering them: keep those it copied whole.
        BitSet copied = new BitSet();
        String foldedBody = FoldedText.fold(body);
        for (int i = 0; i < selectable; i++) {
            if (foldedBody.contains(FoldedText.fold(sentences.get(i).text()))) {
                copied.set(i + 1);
            }
        }
        if (copied.isEmpty()) {
            throw new S2AException("the selection's \"Context:\" line names no sentence numbers");
        }
        log.debug("S2A selection: the model copied {} sentence(s) instead of numbering them", copied.cardinality());
        return copied;
    }

    private static BitSet usable(SentenceNumbers.Numbers numbers, int selectable) {
        if (numbers.allOutside()) {
            throw new S2AException("the selection names only sentence numbers outside 1-" + selectable);
        }
        if (numbers.outside() > 0) {
            log.debug("S2A selection: ignored {} sentence number(s) outside 1-{}", numbers.outside(), selectable);
        }
        return numbers.selected();
    }

    /** The question's spans in the original: by number, by text found in the original, else the text's own. */
    private static List<int[]> question(@Nullable String body, String original, List<Sentence> sentences) {
        if (body != null && !body.isBlank() && !NOTHING.matcher(body).matches()) {
            int[] quoted = quotedQuestion(body, original, sentences);
            if (quoted != null) {
                return List.of(quoted);
            }
            SentenceNumbers.Numbers numbers = SentenceNumbers.parse(body, sentences.size());
            if (numbers != null && !numbers.allOutside()) {
                List<int[]> spans = new ArrayList<>();
                BitSet selected = numbers.selected();
                for (int n = selected.nextSetBit(1); n >= 0; n = selected.nextSetBit(n + 1)) {
                    spans.add(new int[] {sentences.get(n - 1).start(), sentences.get(n - 1).end()});
                }
                return spans;
            }
            log.debug("S2A selection: the question was neither a sentence number nor text of the original");
        }
        Sentence fallback = sentences.get(sentences.size() - 1);
        for (int i = sentences.size() - 1; i >= 0; i--) {
            if (sentences.get(i).text().indexOf('?') >= 0) {
                fallback = sentences.get(i);
                break;
            }
        }
        return List.of(new int[] {fallback.start(), fallback.end()});
    }

    /** A question written out as text, where it is part of the original: its span there. */
    private static int @Nullable [] quotedQuestion(String body, String original, List<Sentence> sentences) {
        String candidate = body.strip()
                .replaceAll("^(?:\\[\\d+]|\\d+[.):]|#\\d+)\\s+", "")
                .replaceAll("^[\"'“‘`*_]+|[\"'”’`*_]+$", "")
                .strip();
        String folded = FoldedText.fold(candidate);
        if (folded.isEmpty() || folded.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        int[] span = FoldedText.of(original).findLast(candidate);
        if (span == null) {
            return null;
        }
        // Take the end punctuation with it, if the model left it out.
        while (span[1] < original.length() && "?!.".indexOf(original.charAt(span[1])) >= 0) {
            span[1]++;
        }
        boolean wholeSentence = false;
        for (Sentence sentence : sentences) {
            wholeSentence |= sentence.start() == span[0] && sentence.end() == span[1];
        }
        if (!wholeSentence && folded.split(" ").length < MIN_QUESTION_WORDS) {
            return null;
        }
        return span;
    }

    /** The query's span in the original, without the whitespace around it. */
    private static int[] querySpan(String original, int start) {
        int from = start;
        int to = original.length();
        while (from < to && Character.isWhitespace(original.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(original.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    private static boolean isBlank(@Nullable String section) {
        return section == null || section.isBlank();
    }

    private static int countBefore(List<Sentence> sentences, int end) {
        int count = 0;
        while (count < sentences.size() && sentences.get(count).start() < end) {
            count++;
        }
        return count;
    }

    private static boolean overlapsAny(Sentence sentence, List<int[]> spans) {
        for (int[] span : spans) {
            if (span[0] < sentence.end() && sentence.start() < span[1]) {
                return true;
            }
        }
        return false;
    }

    /** Reports the parts of a sentence that lie outside the question's spans, where they hold any word. */
    private static void removeOutside(Sentence sentence, List<int[]> spans, String original, List<Removal> out) {
        int at = sentence.start();
        for (int[] span : spans) {
            if (span[1] <= sentence.start() || span[0] >= sentence.end()) {
                continue;
            }
            addPart(original, at, Math.max(at, span[0]), out);
            at = Math.max(at, span[1]);
        }
        addPart(original, at, sentence.end(), out);
    }

    private static void addPart(String original, int start, int end, List<Removal> out) {
        if (start >= end) {
            return;
        }
        String part = original.substring(start, end).strip();
        if (part.chars().anyMatch(Character::isLetterOrDigit)) {
            out.add(new Removal(part, NOT_SELECTED));
        }
    }

    /**
     * The spans of the original, in order, joined: with the original's own whitespace between spans that follow
     * each other, else with a paragraph break, a line break or a space, as the text left out had.
     */
    private static String join(String original, List<int[]> spans) {
        StringBuilder out = new StringBuilder();
        int previousEnd = -1;
        for (int[] span : spans) {
            if (previousEnd >= 0) {
                String gap = original.substring(previousEnd, span[0]);
                if (gap.isBlank()) {
                    out.append(gap);
                } else {
                    out.append(gap.contains("\n\n") ? "\n\n" : gap.indexOf('\n') >= 0 ? "\n" : " ");
                }
            }
            out.append(original, span[0], span[1]);
            previousEnd = span[1];
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "SelectingRegenerator[prompt=" + prompt + ", model=" + model.getClass().getSimpleName() + "]";
    }

    /** Builds {@link SelectingRegenerator}s. Not thread-safe. */
    public static final class Builder {

        private @Nullable ChatModel model;
        private SelectionPrompt prompt = SelectionPrompt.UNBIASED;

        private Builder() {}

        /**
         * Sets the model that selects (required).
         *
         * @param model the selection model; a cheap one does well, it writes only numbers
         * @return this builder
         */
        public Builder model(ChatModel model) {
            this.model = requireNonNull(model, "model");
            return this;
        }

        /**
         * Sets the step-1 prompt; {@link SelectionPrompt#UNBIASED} by default.
         *
         * @param prompt a preset or a custom prompt
         * @return this builder
         */
        public Builder prompt(SelectionPrompt prompt) {
            this.prompt = requireNonNull(prompt, "prompt");
            return this;
        }

        /**
         * Builds the regenerator.
         *
         * @return the regenerator
         * @throws IllegalStateException if no model was set
         */
        public SelectingRegenerator build() {
            if (model == null) {
                throw new IllegalStateException("model is required");
            }
            return new SelectingRegenerator(this);
        }
    }
}
