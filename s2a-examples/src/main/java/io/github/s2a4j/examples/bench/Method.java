package io.github.s2a4j.examples.bench;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.chat.ChatModel;
import io.github.s2a4j.core.AnswerPrompt;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.S2AChatModel;
import io.github.s2a4j.core.S2AListener;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A way of answering an item: which form of its prompt is sent, and whether S2A (the real
 * {@link S2AChatModel}) stands in front of the model.
 *
 * @param name the name on the command line and in the tables
 * @param description one line for {@code --help} and the JSON report
 * @param prompt the form of the prompt sent (S2A methods send the original)
 * @param regenerator S2A's first step, built per answer; null for the prompt-only methods
 * @param answerPrompt S2A's second step; null for the prompt-only methods
 */
record Method(
        String name,
        String description,
        Prompt prompt,
        @Nullable Function<Regenerators, ContextRegenerator> regenerator,
        @Nullable AnswerPrompt answerPrompt) {

    Method {
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        requireNonNull(prompt, "prompt");
        if ((regenerator == null) != (answerPrompt == null)) {
            throw new IllegalArgumentException("an S2A method needs both a regenerator and an answer prompt");
        }
    }

    /** A method that sends a form of the prompt to the model itself. */
    static Method prompt(String name, String description, Prompt prompt) {
        return new Method(name, description, prompt, null, null);
    }

    /** An S2A method: the original prompt, through {@link S2AChatModel} with this regenerator and answer form. */
    static Method s2a(
            String name,
            String description,
            Function<Regenerators, ContextRegenerator> regenerator,
            AnswerPrompt answerPrompt) {
        return new Method(name, description, Prompt.ORIGINAL, requireNonNull(regenerator, "regenerator"),
                requireNonNull(answerPrompt, "answerPrompt"));
    }

    /** Whether S2A regenerates the prompt first. */
    boolean isS2A() {
        return regenerator != null;
    }

    /**
     * The model that answers with this method: the metered model itself, or S2A around it, whose regenerator
     * calls the same metered model (so that both calls count), falling back to the original prompt on failure
     * as S2A does by default.
     */
    ChatModel answering(Regenerators regenerators, S2AListener listener) {
        Function<Regenerators, ContextRegenerator> first = regenerator;
        AnswerPrompt second = answerPrompt;
        if (first == null || second == null) {
            return regenerators.model();
        }
        return S2AChatModel.builder()
                .delegate(regenerators.model())
                .regenerator(first.apply(regenerators))
                .answerPrompt(second)
                .listener(listener)
                .cacheSize(1)
                .build();
    }
}
