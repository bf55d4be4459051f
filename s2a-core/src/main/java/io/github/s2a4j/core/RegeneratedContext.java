package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.output.TokenUsage;
import io.github.s2a4j.core.internal.LazyList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of S2A's first step: the context to attend to and the question, regenerated from the user's text.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RegeneratedContext regenerated = regenerator.regenerate(RegenerationRequest.of(userText));
 * regenerated.context();   // "Saratoga is a city in California."
 * regenerated.question();  // "In which city was San Jose's mayor Sam Liccardo born?"
 * regenerated.removed();   // [Removal[22 chars, reason=not in the regenerated text]]
 * }</pre>
 *
 * @param original the user's text as it was given
 * @param context the context to attend to; empty when nothing but the question deserves attention
 * @param question the actual question or request; empty only when the user's text has none
 * @param removed what was left out and why; for copying regenerators an approximation, sentence by sentence
 * @param tokenUsage the tokens the regeneration spent, or {@code null} when it made no model call or the
 *     model did not report them
 */
public record RegeneratedContext(
        String original, String context, String question, List<Removal> removed, @Nullable TokenUsage tokenUsage) {

    /**
     * Validates the components and freezes {@code removed}.
     *
     * @param original the user's text
     * @param context the context to attend to
     * @param question the question
     * @param removed what was left out
     * @param tokenUsage the regeneration's token usage, or {@code null}
     */
    public RegeneratedContext {
        requireNonNull(original, "original");
        requireNonNull(context, "context");
        requireNonNull(question, "question");
        requireNonNull(removed, "removed");
        removed = removed instanceof LazyList ? removed : List.copyOf(removed);
    }

    /**
     * The regenerated text as one string: the context, a blank line, then the question (either may be absent).
     *
     * @return the context and question together
     */
    public String text() {
        if (context.isEmpty()) {
            return question;
        }
        return question.isEmpty() ? context : context + "\n\n" + question;
    }

    /**
     * Whether the regeneration has neither context nor question, which no decorator will answer from.
     *
     * @return {@code true} if both parts are blank
     */
    public boolean isEmpty() {
        return context.isBlank() && question.isBlank();
    }

    /**
     * A copy with another token usage.
     *
     * @param tokenUsage the token usage, or {@code null}
     * @return the copy
     */
    public RegeneratedContext withTokenUsage(@Nullable TokenUsage tokenUsage) {
        return new RegeneratedContext(original, context, question, removed, tokenUsage);
    }

    @Override
    public String toString() {
        // User data stays out of toString (it ends up in logs); sizes are enough to debug with.
        return "RegeneratedContext[original=" + original.length() + " chars, context=" + context.length()
                + " chars, question=" + question.length() + " chars, removed=" + removed.size()
                + ", tokenUsage=" + tokenUsage + "]";
    }
}
