package io.github.s2a4j.examples;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where a command finds a chat model: any OpenAI-compatible server (OpenAI, vLLM, llama.cpp's server, LM Studio)
 * or Ollama, from options or the environment. Commands mix it in with {@code @Mixin}.
 *
 * <p>Resolution: {@code --base-url}, else {@code $OPENAI_BASE_URL}, else {@code $OLLAMA_BASE_URL} followed by
 * {@code /v1} (Ollama's OpenAI-compatible endpoint), else OpenAI itself when {@code $OPENAI_API_KEY} is set.
 * Without any of them there is no model, and commands that can run without one do.
 */
public final class ModelOptions {

    /** The paper's decoding for LLaMA-2-70B-chat. */
    static final double PAPER_TEMPERATURE = 0.6;

    static final double PAPER_TOP_P = 0.9;

    @Option(names = "--base-url", description = "OpenAI-compatible base URL (default: $OPENAI_BASE_URL, "
            + "$OLLAMA_BASE_URL/v1, or OpenAI's when $OPENAI_API_KEY is set).")
    @Nullable String baseUrl;

    @Option(names = "--api-key", description = "API key (default: $OPENAI_API_KEY).")
    @Nullable String apiKey;

    @Option(names = "--model", description = "Model name (default: $S2A_MODEL, else gpt-4o-mini, or llama3.1 "
            + "on Ollama).")
    @Nullable String model;

    @Option(names = "--temperature", converter = OptionalNumber.class, description = "Sampling temperature, or "
            + "none to leave it to the server, as models that reject it need (default: ${DEFAULT-VALUE}, the paper's).",
            defaultValue = "0.6")
    @Nullable Double temperature = PAPER_TEMPERATURE;

    @Option(names = "--top-p", converter = OptionalNumber.class, description = "Nucleus sampling, or none "
            + "(default: ${DEFAULT-VALUE}, the paper's).", defaultValue = "0.9")
    @Nullable Double topP = PAPER_TOP_P;

    @Option(names = "--timeout", description = "Per-request timeout in seconds (default: ${DEFAULT-VALUE}).",
            defaultValue = "120")
    int timeoutSeconds = 120;

    /**
     * The model the options and the process environment point to.
     *
     * @return the model, or empty when nothing points to one
     */
    public Optional<ChatModel> chatModel() {
        return chatModel(System.getenv());
    }

    /**
     * The model the options and this environment point to.
     *
     * @param env the environment variables
     * @return the model, or empty when nothing points to one
     */
    Optional<ChatModel> chatModel(Map<String, String> env) {
        return builder(env).map(OpenAiChatModel.OpenAiChatModelBuilder::build);
    }

    /**
     * A builder of the model the options and the process environment point to, for commands that set more,
     * such as their own retry policy.
     *
     * @return the builder, with the base URL, key, model name, decoding and timeout set; empty when nothing
     *     points to a model
     */
    public Optional<OpenAiChatModel.OpenAiChatModelBuilder> builder() {
        return builder(System.getenv());
    }

    Optional<OpenAiChatModel.OpenAiChatModelBuilder> builder(Map<String, String> env) {
        String url = firstNonBlank(baseUrl, env.get("OPENAI_BASE_URL"));
        String ollama = firstNonBlank(env.get("OLLAMA_BASE_URL"), null);
        boolean onOllama = url == null && ollama != null;
        String key;
        if (url == null && ollama != null) {
            // OpenAI's key is not Ollama's to see: it goes only where OpenAI or $OPENAI_BASE_URL is the target.
            url = ollama.replaceAll("/+$", "").replaceAll("/v1$", "") + "/v1";
            key = firstNonBlank(apiKey, "ollama");
        } else {
            key = firstNonBlank(apiKey, env.get("OPENAI_API_KEY"));
        }
        if (url == null && key == null) {
            return Optional.empty();
        }
        String name = firstNonBlank(model, env.get("S2A_MODEL"));
        if (name == null) {
            name = onOllama ? "llama3.1" : "gpt-4o-mini";
        }
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .apiKey(key == null ? "none" : key)
                .modelName(name)
                .temperature(temperature)
                .topP(topP)
                .timeout(Duration.ofSeconds(timeoutSeconds));
        if (url != null) {
            builder.baseUrl(url);
        }
        return Optional.of(builder);
    }

    /**
     * Where the model is, for people: the base URL and the model name, never the key.
     *
     * @return a one-line description, or "no model" when none is configured
     */
    public String describe() {
        return describe(System.getenv());
    }

    String describe(Map<String, String> env) {
        return chatModel(env).map(m -> {
            OpenAiChatModel openAi = (OpenAiChatModel) m;
            String url = firstNonBlank(baseUrl, env.get("OPENAI_BASE_URL"));
            if (url == null && env.get("OLLAMA_BASE_URL") != null) {
                url = env.get("OLLAMA_BASE_URL") + " (Ollama)";
            }
            return openAi.defaultRequestParameters().modelName() + " at " + (url == null ? "api.openai.com" : url);
        }).orElse("no model");
    }

    /** A number, or {@code none} for no value. */
    static final class OptionalNumber implements CommandLine.ITypeConverter<@Nullable Double> {

        @Override
        public @Nullable Double convert(String value) {
            return value.equalsIgnoreCase("none") ? null : Double.valueOf(value);
        }
    }

    private static @Nullable String firstNonBlank(@Nullable String first, @Nullable String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : null;
    }
}
