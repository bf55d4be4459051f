package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.PartialToolCallContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.github.s2a4j.core.internal.BlockingChatModel;
import io.github.s2a4j.core.internal.S2AEngine;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * A {@link StreamingChatModel} that answers with System 2 Attention: the twin of {@link S2AChatModel}. The
 * answer streams token by token; the regeneration never shows up as partial output.
 *
 * <pre>{@code
 * StreamingChatModel model = S2AStreamingChatModel.wrap(openAiStreaming);
 * model.chat("I don't think it's 7, but I'm not sure. What is 3 + 4?", handler);
 * }</pre>
 *
 * <p><b>Composition.</b> Each call regenerates the last user turn first, then streams the answering call
 * {@code delegate.chat(request, options, handler)} with the regenerated turn in its place, exactly as
 * {@link S2AChatModel} does; the complete response carries both calls' token usage. By default the delegate
 * also regenerates, its stream collected whole; {@link Builder#regenerationModel} or
 * {@link Builder#regenerator} set another. The regeneration runs on the calling thread unless an
 * {@link Builder#executor(Executor) executor} is set. A failed regeneration streams the original request
 * (or, under {@link FailurePolicy#THROW} or when the calling thread is interrupted, reaches
 * {@link StreamingChatResponseHandler#onError} as an {@link S2AException}, and nothing is streamed). The
 * delegate's errors reach the caller unchanged, the same instance, where the delegate delivers them: passed to
 * {@code onError}, after any tokens it streamed, or thrown by its {@code chat} method, as LangChain4j's own
 * models let it (with an executor, passed to {@code onError}).
 *
 * <p><b>Forwarding.</b> As {@link S2AChatModel}: provider, capabilities and default parameters are the
 * delegate's, and {@link #listeners()} is empty. Thread-safe if the delegate, the regenerator and the listener
 * are.
 */
public final class S2AStreamingChatModel implements StreamingChatModel {

    private final StreamingChatModel delegate;
    private final S2AEngine engine;
    private final @Nullable Executor executor;
    private final String description;

    private S2AStreamingChatModel(Builder builder) {
        StreamingChatModel delegate = builder.delegate;
        if (delegate == null) {
            throw new IllegalStateException("delegate is required");
        }
        this.delegate = delegate;
        this.engine = builder.engine(new BlockingChatModel(delegate));
        this.executor = builder.executor;
        this.description = builder.describe();
    }

    /**
     * The paper's S2A around a streaming model, as {@link S2AChatModel#wrap} does. An
     * {@code S2AStreamingChatModel} is returned as it is.
     *
     * @param delegate the model that regenerates and answers
     * @return the decorated model
     */
    public static S2AStreamingChatModel wrap(StreamingChatModel delegate) {
        requireNonNull(delegate, "delegate");
        if (delegate instanceof S2AStreamingChatModel s2a) {
            return s2a;
        }
        return builder().delegate(delegate).build();
    }

    /**
     * A builder; {@link Builder#delegate(StreamingChatModel)} is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Regenerates the last user turn, then streams the delegate's answer to it.
     *
     * @param request the caller's request; never changed
     * @param options per-call options, passed to the delegate's answering call
     * @param handler receives the answer's tokens and the complete response
     */
    @Override
    public void chat(ChatRequest request, @Nullable ChatRequestOptions options, StreamingChatResponseHandler handler) {
        requireNonNull(request, "request");
        requireNonNull(handler, "handler");
        ChatRequestOptions effective = options == null ? ChatRequestOptions.EMPTY : options;
        if (executor == null) {
            answer(request, effective, handler);
            return;
        }
        executor.execute(() -> {
            try {
                answer(request, effective, handler);
            } catch (RuntimeException e) {
                handler.onError(e);
            }
        });
    }

    private void answer(ChatRequest request, ChatRequestOptions options, StreamingChatResponseHandler handler) {
        S2AEngine.Plan plan;
        try {
            plan = engine.plan(request);
        } catch (S2AException e) {
            handler.onError(e);
            return;
        }
        delegate.chat(plan.request(), options, new UsageAddingHandler(handler, plan));
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        chat(request, ChatRequestOptions.EMPTY, handler);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    /**
     * None: the delegate fires its own listeners, once per model call.
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
    public StreamingChatModel delegate() {
        return delegate;
    }

    @Override
    public String toString() {
        return "S2AStreamingChatModel[delegate=" + delegate + ", " + description + "]";
    }

    /** Forwards every event of the answering stream; adds the regeneration's tokens to the complete response. */
    private static final class UsageAddingHandler implements StreamingChatResponseHandler {

        private final StreamingChatResponseHandler handler;
        private final S2AEngine.Plan plan;

        UsageAddingHandler(StreamingChatResponseHandler handler, S2AEngine.Plan plan) {
            this.handler = handler;
            this.plan = plan;
        }

        @Override
        public void onPartialResponse(String partialResponse) {
            handler.onPartialResponse(partialResponse);
        }

        @Override
        public void onPartialResponse(PartialResponse partialResponse, PartialResponseContext context) {
            handler.onPartialResponse(partialResponse, context);
        }

        @Override
        public void onPartialThinking(PartialThinking partialThinking) {
            handler.onPartialThinking(partialThinking);
        }

        @Override
        public void onPartialThinking(PartialThinking partialThinking, PartialThinkingContext context) {
            handler.onPartialThinking(partialThinking, context);
        }

        @Override
        public void onPartialToolCall(PartialToolCall partialToolCall) {
            handler.onPartialToolCall(partialToolCall);
        }

        @Override
        public void onPartialToolCall(PartialToolCall partialToolCall, PartialToolCallContext context) {
            handler.onPartialToolCall(partialToolCall, context);
        }

        @Override
        public void onCompleteToolCall(CompleteToolCall completeToolCall) {
            handler.onCompleteToolCall(completeToolCall);
        }

        @Override
        public void onUnmappedRawEvent(Object rawEvent) {
            handler.onUnmappedRawEvent(rawEvent);
        }

        @Override
        public void onCompleteResponse(ChatResponse completeResponse) {
            handler.onCompleteResponse(plan.addUsageTo(completeResponse));
        }

        @Override
        public void onError(Throwable error) {
            handler.onError(error);
        }
    }

    /** Builds {@link S2AStreamingChatModel}s. Each setter validates its argument at once. Not thread-safe. */
    public static final class Builder extends S2ABuilder<Builder> {

        private @Nullable StreamingChatModel delegate;
        private @Nullable Executor executor;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the model that answers (required); it also regenerates, its stream collected whole, unless a
         * regenerator or a regeneration model is set.
         *
         * @param delegate the model to decorate
         * @return this builder
         * @throws IllegalArgumentException if {@code delegate} is already an {@code S2AStreamingChatModel}
         */
        public Builder delegate(StreamingChatModel delegate) {
            requireNonNull(delegate, "delegate");
            if (delegate instanceof S2AStreamingChatModel) {
                throw new IllegalArgumentException(
                        "delegate is already an S2AStreamingChatModel; wrapping it again would regenerate twice");
            }
            this.delegate = delegate;
            return this;
        }

        /**
         * Sets where the regeneration runs, so that {@code chat} returns at once; by default it runs on the
         * calling thread before {@code chat} returns.
         *
         * @param executor the executor
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Builds the decorator.
         *
         * @return the decorator
         * @throws IllegalStateException if no delegate was set, or both a regenerator and a regeneration model
         */
        public S2AStreamingChatModel build() {
            return new S2AStreamingChatModel(this);
        }
    }
}
