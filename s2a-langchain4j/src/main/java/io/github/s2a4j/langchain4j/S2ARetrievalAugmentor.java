package io.github.s2a4j.langchain4j;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.AugmentationRequest;
import dev.langchain4j.rag.AugmentationResult;
import dev.langchain4j.rag.RetrievalAugmentor;
import io.github.s2a4j.core.AnswerPrompt;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.FailurePolicy;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RetrievalAugmentor} that applies S2A to the message another augmentor produced: the user's text with
 * the retrieved contents injected is regenerated down to what is related to the question and free of the user's
 * opinion, as {@code S2AChatModel} would regenerate it, but only for the calls that go through RAG.
 *
 * <pre>{@code
 * RetrievalAugmentor augmentor = S2ARetrievalAugmentor.wrap(
 *         DefaultRetrievalAugmentor.builder().contentRetriever(contentRetriever).build(),
 *         ContextRegenerator.llm(cheapModel));
 * Assistant assistant = AiServices.builder(Assistant.class)
 *         .chatModel(model)
 *         .retrievalAugmentor(augmentor)
 *         .build();
 * }</pre>
 *
 * <p><b>Composition.</b> The delegate augments the request as it always does (query transformation, retrieval,
 * aggregation, injection); then the text of the resulting user message is regenerated as one user text and
 * replaced by the {@link Builder#answerPrompt(AnswerPrompt) answer prompt} form of its regeneration. The result
 * is a {@link UserMessage} (AiServices casts it) with the delegate's {@code contents()}, unchanged, so sources
 * still work; images and other non-text contents, the name and the attributes of the message stay. The
 * retrieval itself is not changed: use {@link S2ARag} to also take the opinion out of the query and judge each
 * content on its own. A failed regeneration returns the delegate's result (or throws, per
 * {@link FailurePolicy}). Do not combine it with an {@code S2AChatModel} on the same calls: each would
 * regenerate.
 *
 * <p>The whole augmented message is regenerated as one text, as the paper treats its context: the user's words,
 * the injector's framing ("Answer using the following information:") and the retrieved passages together. That
 * suits an LLM regenerator, which reads the framing for what it is. The local regenerator judges sentences as a
 * user's and cannot tell the framing from them: with it, use {@link S2ARag}, which regenerates the user's text and
 * each passage apart.
 *
 * <p>{@code equals} is identity. Immutable; thread-safe if the delegate, the regenerator and the listener are.
 */
public final class S2ARetrievalAugmentor implements RetrievalAugmentor {

    private final RetrievalAugmentor delegate;
    private final AnswerPrompt answerPrompt;
    private final Regenerating regenerating;

    private S2ARetrievalAugmentor(Builder builder) {
        RetrievalAugmentor delegate = builder.delegate;
        if (delegate == null) {
            throw new IllegalStateException("delegate is required");
        }
        this.regenerating = builder.regenerating();
        this.delegate = delegate;
        this.answerPrompt = builder.answerPrompt;
    }

    /**
     * S2A around an augmentor, with the paper's instructed answer prompt and failures falling back to the
     * delegate's result.
     *
     * @param delegate the augmentor whose message is regenerated
     * @param regenerator S2A's first step
     * @return the decorated augmentor
     * @throws IllegalArgumentException if {@code delegate} is already an {@code S2ARetrievalAugmentor}
     */
    public static S2ARetrievalAugmentor wrap(RetrievalAugmentor delegate, ContextRegenerator regenerator) {
        return builder().delegate(delegate).regenerator(regenerator).build();
    }

    /**
     * A builder; {@link Builder#delegate(RetrievalAugmentor)} and
     * {@link Builder#regenerator(ContextRegenerator)} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Augments with the delegate, then regenerates the augmented user message.
     *
     * @param augmentationRequest the request; never changed
     * @return a result with the regenerated user message and the delegate's contents
     * @throws io.github.s2a4j.core.S2AException if the regeneration failed and the policy is
     *     {@link FailurePolicy#THROW}
     */
    @Override
    public AugmentationResult augment(AugmentationRequest augmentationRequest) {
        requireNonNull(augmentationRequest, "augmentationRequest");
        AugmentationResult augmented = delegate.augment(augmentationRequest);
        ChatMessage message = augmented.chatMessage();
        ChatMessage regenerated = S2AContentInjector.regenerate(message, regenerating, answerPrompt);
        if (regenerated == message) {
            return augmented;
        }
        return AugmentationResult.builder().chatMessage(regenerated).contents(augmented.contents()).build();
    }

    /**
     * The augmentor this one decorates.
     *
     * @return the delegate
     */
    public RetrievalAugmentor delegate() {
        return delegate;
    }

    @Override
    public String toString() {
        return "S2ARetrievalAugmentor[delegate=" + delegate.getClass().getSimpleName() + ", " + regenerating + "]";
    }

    /** Builds {@link S2ARetrievalAugmentor}s. Each setter validates its argument at once. Not thread-safe. */
    public static final class Builder extends RegeneratingBuilder<Builder> {

        private @Nullable RetrievalAugmentor delegate;
        private AnswerPrompt answerPrompt = AnswerPrompt.instructed();

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the augmentor to decorate (required), such as a {@code DefaultRetrievalAugmentor}.
         *
         * @param delegate the augmentor
         * @return this builder
         * @throws IllegalArgumentException if {@code delegate} is already an {@code S2ARetrievalAugmentor}
         */
        public Builder delegate(RetrievalAugmentor delegate) {
            requireNonNull(delegate, "delegate");
            if (delegate instanceof S2ARetrievalAugmentor) {
                throw new IllegalArgumentException(
                        "delegate is already an S2ARetrievalAugmentor; wrapping it again would regenerate twice");
            }
            this.delegate = delegate;
            return this;
        }

        /**
         * Sets the form of the regenerated message; {@link AnswerPrompt#instructed()} by default.
         *
         * @param answerPrompt the form
         * @return this builder
         */
        public Builder answerPrompt(AnswerPrompt answerPrompt) {
            this.answerPrompt = requireNonNull(answerPrompt, "answerPrompt");
            return this;
        }

        /**
         * Builds the decorator.
         *
         * @return the decorator
         * @throws IllegalStateException if no delegate or no regenerator was set
         */
        public S2ARetrievalAugmentor build() {
            return new S2ARetrievalAugmentor(this);
        }
    }
}
