package io.github.s2a4j.testing;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A recording fake {@link ChatModel} for tests: it implements {@code doChat} only, as providers do, so the real
 * {@code ChatModel.chat} merges default parameters and fires listeners around it. It answers from a script and
 * records every request it was sent. Thread-safe.
 */
public final class ScriptedChatModel implements ChatModel {

    /** Tokens reported for each response: input, output. */
    public static final int INPUT_TOKENS = 100;

    public static final int OUTPUT_TOKENS = 10;

    private final Function<ChatRequest, AiMessage> script;
    private final List<ChatRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final ChatRequestParameters defaults;
    private final List<ChatModelListener> listeners;
    private final Set<Capability> capabilities;
    private final ModelProvider provider;

    private ScriptedChatModel(Builder builder) {
        this.script = requireNonNull(builder.script, "script");
        this.defaults = builder.defaults;
        this.listeners = List.copyOf(builder.listeners);
        this.capabilities = Set.copyOf(builder.capabilities);
        this.provider = builder.provider;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A model that answers every request with the text the function makes of it. */
    public static ScriptedChatModel replying(Function<ChatRequest, String> answer) {
        return builder().replying(answer).build();
    }

    /**
     * A model that plays both S2A roles: it answers regeneration prompts (those containing "Text by User:")
     * with what {@code regeneration} makes of the user's text, and everything else with {@code answer}.
     */
    public static ScriptedChatModel s2a(Function<String, String> regeneration, Function<ChatRequest, String> answer) {
        return builder().s2a(regeneration, answer).build();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        int number;
        synchronized (requests) {
            requests.add(request);
            number = requests.size();
        }
        AiMessage message = script.apply(request);
        return ChatResponse.builder()
                .aiMessage(message)
                .id("scripted-" + number)
                .modelName("scripted")
                .tokenUsage(new TokenUsage(INPUT_TOKENS, OUTPUT_TOKENS))
                .finishReason(message.hasToolExecutionRequests() ? FinishReason.TOOL_EXECUTION : FinishReason.STOP)
                .build();
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return defaults;
    }

    @Override
    public List<ChatModelListener> listeners() {
        return listeners;
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return capabilities;
    }

    @Override
    public ModelProvider provider() {
        return provider;
    }

    /** Every request this model was sent, in order, with defaults merged. */
    public List<ChatRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The requests that were S2A regenerations. */
    public List<ChatRequest> regenerationRequests() {
        return requests().stream().filter(ScriptedChatModel::isRegeneration).toList();
    }

    /** The requests that were not S2A regenerations. */
    public List<ChatRequest> answeringRequests() {
        return requests().stream().filter(request -> !isRegeneration(request)).toList();
    }

    public static boolean isRegeneration(ChatRequest request) {
        return lastUserText(request).contains("Text by User:");
    }

    /** The text of the last user message of a request. */
    public static String lastUserText(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof UserMessage user) {
                return textOf(user);
            }
        }
        return "";
    }

    public static String textOf(UserMessage user) {
        return user.contents().stream()
                .filter(TextContent.class::isInstance)
                .map(content -> ((TextContent) content).text())
                .collect(Collectors.joining("\n"));
    }

    /**
     * The user's text inside a regeneration prompt: what stands between its {@code <<<BEGIN TEXT tag>>>} and
     * {@code <<<END TEXT tag>>>} lines; the prompt itself if it has no such block.
     */
    public static String userTextOf(String regenerationPrompt) {
        return blockOf(regenerationPrompt, "TEXT");
    }

    /** The query inside a passage prompt: what stands between its {@code <<<BEGIN QUERY tag>>>} and end lines. */
    public static String queryOf(String regenerationPrompt) {
        return blockOf(regenerationPrompt, "QUERY");
    }

    private static String blockOf(String prompt, String kind) {
        Matcher begin = Pattern.compile("<<<BEGIN " + kind + " (\\w+)>>>\n").matcher(prompt);
        if (!begin.find()) {
            return prompt;
        }
        int end = prompt.indexOf("\n<<<END " + kind + " " + begin.group(1) + ">>>", begin.end());
        return end < 0 ? prompt : prompt.substring(begin.end(), end);
    }

    public static final class Builder {

        private Function<ChatRequest, AiMessage> script = request -> AiMessage.from("ok");
        private ChatRequestParameters defaults = DefaultChatRequestParameters.EMPTY;
        private final List<ChatModelListener> listeners = new ArrayList<>();
        private Set<Capability> capabilities = Set.of();
        private ModelProvider provider = ModelProvider.OTHER;

        public Builder replying(Function<ChatRequest, String> answer) {
            this.script = request -> AiMessage.from(answer.apply(request));
            return this;
        }

        public Builder script(Function<ChatRequest, AiMessage> script) {
            this.script = script;
            return this;
        }

        public Builder s2a(Function<String, String> regeneration, Function<ChatRequest, String> answer) {
            return replying(request -> isRegeneration(request)
                    ? regeneration.apply(userTextOf(lastUserText(request)))
                    : answer.apply(request));
        }

        public Builder defaultRequestParameters(ChatRequestParameters defaults) {
            this.defaults = defaults;
            return this;
        }

        public Builder listener(ChatModelListener listener) {
            listeners.add(listener);
            return this;
        }

        public Builder capabilities(Set<Capability> capabilities) {
            this.capabilities = capabilities;
            return this;
        }

        public Builder provider(ModelProvider provider) {
            this.provider = provider;
            return this;
        }

        public ScriptedChatModel build() {
            return new ScriptedChatModel(this);
        }
    }
}
