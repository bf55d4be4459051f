package io.github.s2a4j.examples.bench;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Counts the calls made through it and the tokens their responses report. One per answered item, beneath the
 * S2A decorator, so that both of S2A's calls are counted, a regeneration that fell back included. Forwards the
 * delegate's defaults, provider and capabilities. Thread-safe.
 */
final class MeteredChatModel implements ChatModel {

    private final ChatModel delegate;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong inputTokens = new AtomicLong();
    private final AtomicLong outputTokens = new AtomicLong();

    MeteredChatModel(ChatModel delegate) {
        this.delegate = requireNonNull(delegate, "delegate");
    }

    @Override
    public ChatResponse chat(ChatRequest request, @Nullable ChatRequestOptions options) {
        ChatResponse response = delegate.chat(request, options == null ? ChatRequestOptions.EMPTY : options);
        calls.incrementAndGet();
        TokenUsage usage = response.tokenUsage();
        if (usage != null) {
            inputTokens.addAndGet(orZero(usage.inputTokenCount()));
            outputTokens.addAndGet(orZero(usage.outputTokenCount()));
        }
        return response;
    }

    private static long orZero(@Nullable Integer count) {
        return count == null ? 0 : count;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return chat(request, ChatRequestOptions.EMPTY);
    }

    /** The calls and tokens so far. */
    Usage usage() {
        return new Usage(calls.get(), inputTokens.get(), outputTokens.get());
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public ModelProvider provider() {
        return delegate.provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }

    @Override
    public String toString() {
        return "MeteredChatModel[" + delegate + ", " + usage() + "]";
    }
}
