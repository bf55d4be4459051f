package io.github.s2a4j.benchmarks;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

/**
 * A model with no latency: it answers a regeneration prompt with the response it was given beforehand and any
 * other request with a fixed answer, both built in advance, so that a benchmark measures the caller alone.
 * Implements {@code doChat} only, as providers do. Not thread-safe: one per benchmark thread.
 */
final class InstantChatModel implements ChatModel {

    /** How both step-1 prompts start, the paper's and the selecting one. */
    private static final String REGENERATION_PROMPT = "Given the following text by a user";

    private final ChatResponse answer = response("The answer is 42.");
    private ChatResponse regeneration = answer;
    private int calls;

    static ChatResponse response(String text) {
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(text))
                .modelName("instant")
                .tokenUsage(new TokenUsage(100, 10))
                .finishReason(FinishReason.STOP)
                .build();
    }

    /** Sets the response to the next regeneration prompts. */
    void regeneratesAs(ChatResponse regeneration) {
        this.regeneration = regeneration;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        calls++;
        ChatMessage first = request.messages().get(0);
        if (first instanceof UserMessage user && user.hasSingleText()
                && user.singleText().startsWith(REGENERATION_PROMPT)) {
            return regeneration;
        }
        return answer;
    }

    /** How many requests this model answered. */
    int calls() {
        return calls;
    }
}
