package io.github.s2a4j.langchain4j;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.injector.ContentInjector;
import dev.langchain4j.rag.content.injector.DefaultContentInjector;
import io.github.s2a4j.core.AnswerPrompt;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.FailurePolicy;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.RegenerationRequest;
import io.github.s2a4j.core.internal.UserTurn;
import java.util.List;

/**
 * A {@link ContentInjector} that injects the retrieved contents into the user's message as S2A regenerated it,
 * so that the model answers from the user's question and the contents, without the user's opinion.
 *
 * <pre>{@code
 * RetrievalAugmentor augmentor = DefaultRetrievalAugmentor.builder()
 *         .contentRetriever(contentRetriever)
 *         .contentInjector(S2AContentInjector.from(ContextRegenerator.llm(cheapModel)))
 *         .build();
 * }</pre>
 *
 * <p><b>Composition.</b> The text of the user message is regenerated (as {@code S2AChatModel} would regenerate
 * it) and rendered with the {@link Builder#answerPrompt(AnswerPrompt) answer prompt}; the
 * {@link Builder#delegate(ContentInjector) delegate} ({@link DefaultContentInjector} by default) then injects
 * the contents into that message. Images and other non-text contents of the message, its name and attributes
 * stay. With no contents the delegate returns the regenerated message alone. A failed regeneration injects into
 * the original message (or throws, per {@link FailurePolicy}). Inside an {@link S2ARag} chain the regeneration
 * the {@link S2AQueryTransformer} made for the same turn is reused, at no cost.
 *
 * <p>Immutable; thread-safe if the delegate, the regenerator and the listener are.
 */
public final class S2AContentInjector implements ContentInjector {

    private final ContentInjector delegate;
    private final AnswerPrompt answerPrompt;
    private final Regenerating regenerating;

    private S2AContentInjector(Builder builder) {
        this.regenerating = builder.regenerating();
        this.delegate = builder.delegate;
        this.answerPrompt = builder.answerPrompt;
    }

    /**
     * An injector into the regenerated message, with the paper's instructed answer prompt.
     *
     * @param regenerator S2A's first step
     * @return the injector
     */
    public static S2AContentInjector from(ContextRegenerator regenerator) {
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
     * Regenerates the user's message, then lets the delegate inject the contents into it.
     *
     * @param contents the contents to inject; may be empty
     * @param chatMessage the user's message; other messages are passed to the delegate as they are
     * @return the delegate's message
     * @throws io.github.s2a4j.core.S2AException if the regeneration failed and the policy is
     *     {@link FailurePolicy#THROW}
     */
    @Override
    public ChatMessage inject(List<Content> contents, ChatMessage chatMessage) {
        requireNonNull(contents, "contents");
        requireNonNull(chatMessage, "chatMessage");
        return delegate.inject(contents, regenerate(chatMessage, regenerating, answerPrompt));
    }

    /** The message with its text replaced by the answer form of its regeneration, or the message as it was. */
    static ChatMessage regenerate(ChatMessage message, Regenerating regenerating, AnswerPrompt answerPrompt) {
        if (!(message instanceof UserMessage user)) {
            return message;
        }
        UserTurn turn = UserTurn.of(0, user);
        if (!turn.hasText()) {
            return message;
        }
        RegeneratedContext regenerated = regenerating.regenerate(RegenerationRequest.of(turn.text()));
        return regenerated == null ? message : turn.withText(answerPrompt.render(regenerated));
    }

    @Override
    public String toString() {
        return "S2AContentInjector[delegate=" + delegate.getClass().getSimpleName() + ", " + regenerating + "]";
    }

    /** Builds {@link S2AContentInjector}s. Each setter validates its argument at once. Not thread-safe. */
    public static final class Builder extends RegeneratingBuilder<Builder> {

        private ContentInjector delegate = new DefaultContentInjector();
        private AnswerPrompt answerPrompt = AnswerPrompt.instructed();

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the injector that puts the contents into the regenerated message; LangChain4j's
         * {@link DefaultContentInjector} by default.
         *
         * @param delegate the injector to decorate
         * @return this builder
         */
        public Builder delegate(ContentInjector delegate) {
            this.delegate = requireNonNull(delegate, "delegate");
            return this;
        }

        /**
         * Sets the form of the regenerated message; {@link AnswerPrompt#instructed()} by default (the paper's
         * Fig. 13: the context, the question, then "Answer in an unbiased way.").
         *
         * @param answerPrompt the form
         * @return this builder
         */
        public Builder answerPrompt(AnswerPrompt answerPrompt) {
            this.answerPrompt = requireNonNull(answerPrompt, "answerPrompt");
            return this;
        }

        /**
         * Builds the injector.
         *
         * @return the injector
         * @throws IllegalStateException if no regenerator was set
         */
        public S2AContentInjector build() {
            return new S2AContentInjector(this);
        }
    }
}
