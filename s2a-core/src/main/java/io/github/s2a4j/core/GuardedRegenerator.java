package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

import io.github.s2a4j.core.internal.Inventions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A guard around a copying regenerator: a regeneration that says what the user's text does not (a number, a
 * name, an instruction, words of another language) is rejected with an {@link S2AException} that names what was invented, so the
 * decorator's {@link FailurePolicy} applies and its {@link S2AListener#onFallback listener} is told.
 *
 * <p>A model that copies can change a quantity, add a name or carry out, and pass on, an instruction injected
 * into the text it was asked to copy. The guard compares the regenerated context and question with the
 * request's text (and query) after normalising what faithful copies change: number formats ({@code 1,000},
 * {@code 1000}, {@code one thousand}), case, possessives, sentence-initial capitals, the labels of the paper's
 * prompts. It checks {@link Check#NUMBERS numbers} (by value), {@link Check#NAMES names} (capitalised words
 * absent from the text in any case), {@link Check#INSTRUCTIONS instructions} (phrases such as "ignore the
 * above", "you must", "respond with", imperative sentence starts, URLs and code absent from the text) and
 * {@link Check#WORDS words} (a copy, or a sentence of it, most of whose words the text does not have: another
 * language, a paraphrase, a sentence an injected instruction asked for); all four by default. None of them raised a false alarm on a corpus of 45 faithful
 * copies (number formats, possessives, markdown, chain-of-thought, reordered sections). Regenerators that select
 * rather than copy, such as {@link SelectingRegenerator}, cannot invent anything and need no guard.
 *
 * <p>Composition: the wrapped regenerator runs first, and its exceptions propagate unchanged; the guard then
 * checks its result, which it returns as it is. Immutable and thread-safe if the wrapped regenerator is.
 *
 * <pre>{@code
 * ChatModel model = S2AChatModel.builder()
 *         .delegate(openAi)
 *         .regenerator(ContextRegenerator.guarded(ContextRegenerator.llm(cheapModel)))
 *         .listener(new S2AListener() {
 *             public void onFallback(String originalText, S2AException reason) {
 *                 log.warn("S2A fell back: {}", reason.getMessage()); // "... invented numbers [42] ..."
 *             }
 *         })
 *         .build();
 * }</pre>
 */
public final class GuardedRegenerator implements ContextRegenerator {

    /** What the guard looks for. */
    public enum Check {
        /** Numbers whose value the text does not have, in digits or words. */
        NUMBERS,
        /** Capitalised words, such as names of people, places and organisations, that the text does not have. */
        NAMES,
        /** Instruction phrases, imperative sentence starts, URLs and code that the text does not have. */
        INSTRUCTIONS,
        /**
         * Words that the text does not have, where they are most of the copy's words (at least four) or most of
         * one of its sentences (at least three): a copy in another language, a paraphrase of the text, or
         * content of the model's own, such as a sentence an injected instruction asked for. Function words, the
         * prompt's labels and number words do not count; a word counts as the text's in any case and with or
         * without a possessive, plural, past or gerund ending.
         */
        WORDS
    }

    /** How many inventions of each kind the exception's message names. */
    private static final int NAMED = 5;

    /** How long a named invention may be in the message. */
    private static final int NAMED_LENGTH = 40;

    private final ContextRegenerator regenerator;
    private final Set<Check> checks;

    private GuardedRegenerator(ContextRegenerator regenerator, Set<Check> checks) {
        this.regenerator = regenerator;
        this.checks = checks;
    }

    /**
     * A guard with every check around a regenerator.
     *
     * @param regenerator the regenerator to guard, typically {@link ContextRegenerator#llm(dev.langchain4j.model.chat.ChatModel)}
     * @return the guarded regenerator
     */
    public static GuardedRegenerator of(ContextRegenerator regenerator) {
        return builder().regenerator(regenerator).build();
    }

    /**
     * A builder; {@link Builder#regenerator(ContextRegenerator)} is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Regenerates with the wrapped regenerator and checks the result.
     *
     * @param request the text to regenerate
     * @return the wrapped regenerator's result, unchanged
     * @throws S2AException if the regeneration invented a number, a name or an instruction, or the wrapped
     *     regenerator failed
     */
    @Override
    public RegeneratedContext regenerate(RegenerationRequest request) {
        requireNonNull(request, "request");
        RegeneratedContext regenerated = regenerator.regenerate(request);
        if (regenerated == null) {
            throw new S2AException("the guarded regenerator returned null");
        }
        String query = request.query();
        String original = query == null ? request.text() : request.text() + "\n\n" + query;
        Inventions.Found found = Inventions.find(original, regenerated.context() + "\n\n" + regenerated.question());
        List<String> named = new ArrayList<>();
        name(Check.NUMBERS, "numbers", found.numbers(), named);
        name(Check.NAMES, "names", found.names(), named);
        name(Check.INSTRUCTIONS, "instructions", found.instructions(), named);
        name(Check.WORDS, "words", found.words(), named);
        if (!named.isEmpty()) {
            throw new S2AException("the regeneration invented what the user's text does not have: "
                    + String.join("; ", named));
        }
        return regenerated;
    }

    private void name(Check check, String kind, List<String> inventions, List<String> named) {
        if (!checks.contains(check) || inventions.isEmpty()) {
            return;
        }
        List<String> shown = new ArrayList<>();
        for (String invention : inventions.subList(0, Math.min(NAMED, inventions.size()))) {
            shown.add(invention.length() <= NAMED_LENGTH ? invention : invention.substring(0, NAMED_LENGTH) + "…");
        }
        String more = inventions.size() > NAMED ? " and " + (inventions.size() - NAMED) + " more" : "";
        named.add(kind + " " + shown + more);
    }

    @Override
    public String toString() {
        return "GuardedRegenerator[checks=" + checks + ", regenerator=" + regenerator + "]";
    }

    /** Builds {@link GuardedRegenerator}s. Not thread-safe. */
    public static final class Builder {

        private @Nullable ContextRegenerator regenerator;
        private Set<Check> checks = EnumSet.allOf(Check.class);

        private Builder() {}

        /**
         * Sets the regenerator to guard (required).
         *
         * @param regenerator a copying regenerator
         * @return this builder
         */
        public Builder regenerator(ContextRegenerator regenerator) {
            this.regenerator = requireNonNull(regenerator, "regenerator");
            return this;
        }

        /**
         * Sets what the guard looks for; every {@link Check} by default.
         *
         * @param first a check
         * @param more more checks
         * @return this builder
         */
        public Builder checks(Check first, Check... more) {
            requireNonNull(first, "first");
            requireNonNull(more, "more");
            EnumSet<Check> set = EnumSet.of(first);
            for (Check check : more) {
                set.add(requireNonNull(check, "more"));
            }
            this.checks = set;
            return this;
        }

        /**
         * Builds the guard.
         *
         * @return the guarded regenerator
         * @throws IllegalStateException if no regenerator was set
         */
        public GuardedRegenerator build() {
            if (regenerator == null) {
                throw new IllegalStateException("regenerator is required");
            }
            return new GuardedRegenerator(regenerator, Collections.unmodifiableSet(EnumSet.copyOf(checks)));
        }
    }
}
