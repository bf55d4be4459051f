package io.github.s2a4j.examples.bench;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chat model whose calls wait for the rate limiter and are retried, with backoff, on transient failures
 * ({@link Failures#isTransient}); other failures, and the last transient one, reach the caller unchanged.
 * Forwards the delegate's defaults, provider and capabilities. Thread-safe if the delegate is.
 */
final class ResilientChatModel implements ChatModel {

    private static final Logger log = LoggerFactory.getLogger(ResilientChatModel.class);

    private final ChatModel delegate;
    private final Retry retry;
    private final RateLimiter limiter;
    private final AtomicLong retries = new AtomicLong();

    ResilientChatModel(ChatModel delegate, Retry retry, RateLimiter limiter) {
        this.delegate = requireNonNull(delegate, "delegate");
        this.retry = requireNonNull(retry, "retry");
        this.limiter = requireNonNull(limiter, "limiter");
    }

    @Override
    public ChatResponse chat(ChatRequest request, @Nullable ChatRequestOptions options) {
        ChatRequestOptions effective = options == null ? ChatRequestOptions.EMPTY : options;
        for (int attempt = 0; ; attempt++) {
            try {
                limiter.acquire();
                return delegate.chat(request, effective);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw cancelled(e);
            } catch (RuntimeException e) {
                if (attempt >= retry.maxRetries() || !Failures.isTransient(e)) {
                    throw e;
                }
                retries.incrementAndGet();
                log.debug("Retry {} of {} after {}", attempt + 1, retry.maxRetries(), Failures.describe(e));
                try {
                    retry.pause(attempt + 1);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw cancelled(interrupted);
                }
            }
        }
    }

    private static CancellationException cancelled(InterruptedException cause) {
        CancellationException cancelled = new CancellationException("interrupted");
        cancelled.initCause(cause);
        return cancelled;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return chat(request, ChatRequestOptions.EMPTY);
    }

    /** Retries made so far, over all calls. */
    long retries() {
        return retries.get();
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
        return "ResilientChatModel[" + delegate + ", maxRetries=" + retry.maxRetries() + ", " + limiter + "]";
    }
}
