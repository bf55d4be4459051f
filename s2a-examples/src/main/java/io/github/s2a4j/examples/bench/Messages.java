package io.github.s2a4j.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Conversations as the task files write them, and small edits to them. */
final class Messages {

    private Messages() {}

    /**
     * A SycophancyEval {@code prompt}: an array of {@code {"type": "human"|"ai"|"system", "content": "..."}}
     * ({@code user} and {@code assistant} are read too), or a plain string for one user message.
     *
     * @throws IllegalArgumentException if a message has an unknown type
     */
    static List<ChatMessage> fromSycophancyEval(JsonNode prompt) {
        if (prompt.isTextual()) {
            return List.of(UserMessage.from(prompt.asText()));
        }
        List<ChatMessage> messages = new ArrayList<>();
        for (JsonNode message : prompt) {
            String type = message.path("type").asText(message.path("role").asText("human"));
            String content = content(message.path("content"));
            messages.add(switch (type.toLowerCase(Locale.ROOT)) {
                case "human", "user" -> UserMessage.from(content);
                case "ai", "assistant" -> AiMessage.from(content);
                case "system" -> SystemMessage.from(content);
                default -> throw new IllegalArgumentException("unknown message type \"" + type + "\"");
            });
        }
        return List.copyOf(messages);
    }

    private static String content(JsonNode content) {
        if (!content.isArray()) {
            return content.asText("");
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            text.append(part.isTextual() ? part.asText() : part.path("text").asText(""));
        }
        return text.toString();
    }

    /** The conversation with its last user message's text replaced. */
    static List<ChatMessage> withLastUserText(List<ChatMessage> messages, String text) {
        List<ChatMessage> copy = new ArrayList<>(messages);
        for (int i = copy.size() - 1; i >= 0; i--) {
            if (copy.get(i) instanceof UserMessage) {
                copy.set(i, UserMessage.from(text));
                return List.copyOf(copy);
            }
        }
        throw new IllegalArgumentException("the conversation has no user message");
    }

    /** The text of any message, or "" for content that is not text. */
    static String text(ChatMessage message) {
        if (message instanceof UserMessage user) {
            return user.hasSingleText() ? user.singleText() : "";
        }
        if (message instanceof AiMessage ai) {
            return ai.text() == null ? "" : ai.text();
        }
        if (message instanceof SystemMessage system) {
            return system.text();
        }
        return "";
    }
}
