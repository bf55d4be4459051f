package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.s2a4j.core.internal.S2AEngine;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ChatModel} that answers with System 2 Attention: it regenerates the user's turn, keeping only what
 * deserves attention and the actual question, then lets the wrapped model answer from that alone.
 *
 * <pre>{@code
 * ChatModel model = S2AChatModel.wrap(openAi);
 * String answer = model.chat("I think the answer is Sunnyvale, but I'm really not sure. "
 *         + "In which city was San Jose's mayor Sam Liccardo born?");
 * }</pre>
 *
 * <p><b>Composition.</b> Each call makes, in order:
 * <ol>
 *   <li>the regeneration: the {@link ContextRegenerator} turns the text of the last user message into a
 *       context and a question. The paper's default sends a request of its own, with the step-1 prompt and
 *       the user's text only: none of the conversation's system messages, tools or response format;</li>
 *   <li>the answering call: {@code delegate.chat(request, options)} with the caller's request, in which the
 *       last user message's text is replaced by the {@link AnswerPrompt} form of the regeneration. Everything
 *       else is kept: system messages, history, tools, response format, provider-specific parameters,
 *       images and other non-text content, AiServices' output-format instructions.</li>
 * </ol>
 * The response is the delegate's, with both calls' token usage summed. A user turn is regenerated once: tool
 * rounds of the same turn, later turns that resend it as history and repeated texts reuse the regeneration
 * from a bounded cache. A failed regeneration (the regeneration model throws, runs past the
 * {@link Builder#regenerationTimeout time limit}, or answers with nothing usable) sends the original request
 * unchanged and tells {@link S2AListener#onFallback}; under {@link FailurePolicy#THROW}, or when the calling
 * thread is interrupted, the call fails with an {@link S2AException} instead and tells
 * {@link S2AListener#onFailure}. The delegate's own exceptions reach the caller unchanged, the same instance.
 *
 * <p><b>Forwarding.</b> {@link #provider()}, {@link #supportedCapabilities()} and
 * {@link #defaultRequestParameters()} are the delegate's. {@link #listeners()} is empty: the delegate fires its
 * own listeners once for each of its calls. {@code equals} is identity; {@link #toString()} names the delegate.
 *
 * <p>Thread-safe if the delegate, the regenerator and the listener are.
 */
public final class S2AChatModel implements ChatModel {

    private final ChatModel delegate;
    private final S2AEngine engine;
    private final String description;

    private S2AChatModel(Builder builder) {
        ChatModel delegate = builder.delegate;
        if (delegate == null) {
            throw new IllegalStateException("delegate is required");
        }
        this.delegate = delegate;
        this.engine = builder.engine(delegate);
        this.description = builder.describe();
    }

    /**
     * The paper's S2A around a model: the unbiased preset, the instructed answer, the model itself
     * regenerating, and failures falling back to the original request. An {@code S2AChatModel} is returned as
     * it is: wrapping twice would regenerate twice.
     *
     * @param delegate the model that regenerates and answers
     * @return the decorated model
     */
    public static S2AChatModel wrap(ChatModel delegate) {
        requireNonNull(delegate, "delegate");
        if (delegate instanceof S2AChatModel s2a) {
            return s2a;
        }
        return builder().delegate(delegate).build();
    }

    /**
     * A builder; {@link Builder#delegate(ChatModel)} is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Answers with S2A: regenerates the last user turn, then calls the delegate with it.
     *
     * @param request the caller's request; never changed
     * @param options per-call options, passed to the delegate's answering call
     * @return the delegate's response, with the regeneration's token usage added
     * @throws S2AException if the regeneration failed and the policy is {@link FailurePolicy#THROW}
     */
    @Override
    public ChatResponse chat(ChatRequest request, @Nullable ChatRequestOptions options) {
        requireNonNull(request, "request");
        S2AEngine.Plan plan = engine.plan(request);
        ChatResponse response = delegate.chat(plan.request(), options == null ? ChatRequestOptions.EMPTY : options);
        return plan.addUsageTo(response);
    }

    /**
     * Same as {@link #chat(ChatRequest, ChatRequestOptions)}, for callers that skip {@code chat}.
     *
     * @param request the request
     * @return the response
     */
    @Override
    public ChatResponse doChat(ChatRequest request) {
        return chat(request, ChatRequestOptions.EMPTY);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    /**
     * None: the delegate fires its own listeners, once per model call. Returning them here would fire each
     * twice.
     *
     * @return an empty list
     */
    @Override
    public List<ChatModelListener> listeners() {
        return List.of();
    }

    @Override
    public ModelProvider provider() {
        return delegate.provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }

    /**
     * The model this one decorates.
     *
     * @return the delegate
     */
    public ChatModel delegate() {
        return delegate;
    }

    @Override
    public String toString() {
        return "S2AChatModel[delegate=" + delegate + ", " + description + "]";
    }

    /** Builds {@link S2AChatModel}s. Each setter validates its argument at once. Not thread-safe. */
    public static final class Builder extends S2ABuilder<Builder> {

        private @Nullable ChatModel delegate;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the model that answers (required); it also regenerates unless a regenerator or a regeneration
         * model is set.
         *
         * @param delegate the model to decorate
         * @return this builder
         * @throws IllegalArgumentException if {@code delegate} is already an {@code S2AChatModel}
         */
        public Builder delegate(ChatModel delegate) {
            requireNonNull(delegate, "delegate");
            if (delegate instanceof S2AChatModel) {
                throw new IllegalArgumentException(
                        "delegate is already an S2AChatModel; wrapping it again would regenerate twice");
            }
            this.delegate = delegate;
            return this;
        }

        /**
         * Builds the decorator.
         *
         * @return the decorator
         * @throws IllegalStateException if no delegate was set, or both a regenerator and a regeneration model
         */
        public S2AChatModel build() {
            return new S2AChatModel(this);
        }
    }
}
