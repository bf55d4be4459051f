package io.github.s2a4j.core.internal;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.github.s2a4j.core.S2AException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * A streaming model seen as a blocking one: the call waits for the complete response, and partial output goes
 * nowhere. This is how a regeneration on a streaming model stays out of the caller's stream. Thread-safe if the
 * streaming model is.
 */
public final class BlockingChatModel implements ChatModel {

    private final StreamingChatModel streaming;

    /**
     * Wraps a streaming model.
     *
     * @param streaming the model to call
     */
    public BlockingChatModel(StreamingChatModel streaming) {
        this.streaming = requireNonNull(streaming, "streaming");
    }

    @Override
    public ChatResponse chat(ChatRequest request, @Nullable ChatRequestOptions options) {
        CompletableFuture<ChatResponse> response = new CompletableFuture<>();
        streaming.chat(request, options == null ? ChatRequestOptions.EMPTY : options,
                new StreamingChatResponseHandler() {
                    @Override
                    public void onCompleteResponse(ChatResponse completeResponse) {
                        response.complete(completeResponse);
                    }

                    @Override
                    public void onError(Throwable error) {
                        response.completeExceptionally(error);
                    }
                });
        try {
            return response.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new S2AException("interrupted while waiting for the streaming model", e);
        } catch (ExecutionException e) {
            throw Tasks.failure(e, "the streaming model");
        }
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return chat(request, ChatRequestOptions.EMPTY);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return streaming.defaultRequestParameters();
    }

    @Override
    public ModelProvider provider() {
        return streaming.provider();
    }

    @Override
    public String toString() {
        return "BlockingChatModel[" + streaming + "]";
    }
}
