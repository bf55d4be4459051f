package io.github.s2a4j.testing;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A recording fake {@link StreamingChatModel}: implements {@code doChat} only, streams each answer word by word
 * on the calling thread, then completes with token usage. Answers that start with "ERROR:" fail the stream
 * after the first word instead. Thread-safe.
 */
public final class ScriptedStreamingChatModel implements StreamingChatModel {

    private final Function<ChatRequest, String> script;
    private final List<ChatRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<ChatModelListener> listeners;

    public ScriptedStreamingChatModel(Function<ChatRequest, String> script, List<ChatModelListener> listeners) {
        this.script = script;
        this.listeners = List.copyOf(listeners);
    }

    public static ScriptedStreamingChatModel s2a(
            Function<String, String> regeneration, Function<ChatRequest, String> answer) {
        return new ScriptedStreamingChatModel(
                request -> ScriptedChatModel.isRegeneration(request)
                        ? regeneration.apply(ScriptedChatModel.userTextOf(ScriptedChatModel.lastUserText(request)))
                        : answer.apply(request),
                List.of());
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        requests.add(request);
        String answer = script.apply(request);
        String[] words = answer.split(" ", -1);
        if (answer.startsWith("ERROR:")) {
            handler.onPartialResponse(words[0]);
            handler.onError(new IllegalStateException(answer));
            return;
        }
        for (int i = 0; i < words.length; i++) {
            handler.onPartialResponse(i == 0 ? words[i] : " " + words[i]);
        }
        handler.onCompleteResponse(ChatResponse.builder()
                .aiMessage(AiMessage.from(answer))
                .tokenUsage(new TokenUsage(ScriptedChatModel.INPUT_TOKENS, ScriptedChatModel.OUTPUT_TOKENS))
                .finishReason(FinishReason.STOP)
                .build());
    }

    @Override
    public List<ChatModelListener> listeners() {
        return listeners;
    }

    public List<ChatRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }
}
