package io.github.s2a4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.ChatModel;
import io.github.s2a4j.testing.FakeOpenAiServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

final class ModelOptionsTest {

    private static ModelOptions parse(String... args) {
        ModelOptions options = new ModelOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void should_have_no_model_when_nothing_points_to_one() {
        assertThat(parse().chatModel(Map.of())).isEmpty();
        assertThat(parse().describe(Map.of())).isEqualTo("no model");
    }

    @Test
    void should_talk_to_an_openai_compatible_server_named_in_the_environment() {
        try (FakeOpenAiServer server = FakeOpenAiServer.start(body -> FakeOpenAiServer.Reply.of("pong"))) {
            ChatModel model = parse().chatModel(Map.of("OPENAI_BASE_URL", server.baseUrl())).orElseThrow();

            assertThat(model.chat("ping")).isEqualTo("pong");
            assertThat(server.requests()).singleElement().satisfies(body -> {
                assertThat(body.path("model").asText()).isEqualTo("gpt-4o-mini");
                assertThat(body.path("temperature").asDouble()).isEqualTo(0.6);
                assertThat(body.path("top_p").asDouble()).isEqualTo(0.9);
            });
        }
    }

    @Test
    void should_use_ollamas_openai_endpoint_with_options_winning_over_the_environment() {
        try (FakeOpenAiServer server = FakeOpenAiServer.start(body -> FakeOpenAiServer.Reply.of("pong"))) {
            String ollamaRoot = server.baseUrl().replace("/v1", "/");
            ModelOptions options = parse("--model", "qwen2.5", "--temperature", "0");

            ChatModel model = options.chatModel(Map.of("OLLAMA_BASE_URL", ollamaRoot)).orElseThrow();
            model.chat("ping");

            assertThat(server.requests()).singleElement().satisfies(body -> {
                assertThat(body.path("model").asText()).isEqualTo("qwen2.5");
                assertThat(body.path("temperature").asDouble()).isZero();
            });
            assertThat(options.describe(Map.of("OLLAMA_BASE_URL", ollamaRoot))).startsWith("qwen2.5 at ");
        }
    }

    @Test
    void should_not_send_the_openai_key_to_ollama_and_accept_its_url_with_or_without_v1() {
        try (FakeOpenAiServer server = FakeOpenAiServer.start(body -> FakeOpenAiServer.Reply.of("pong"))) {
            Map<String, String> env = Map.of("OPENAI_API_KEY", "sk-secret", "OLLAMA_BASE_URL", server.baseUrl());

            ChatModel model = parse().chatModel(env).orElseThrow();
            model.chat("ping");

            assertThat(server.requests()).hasSize(1);
            assertThat(server.authorizations()).containsExactly("Bearer ollama");
        }
    }

    @Test
    void should_leave_sampling_to_the_server_when_told_none() {
        try (FakeOpenAiServer server = FakeOpenAiServer.start(body -> FakeOpenAiServer.Reply.of("pong"))) {
            ModelOptions options = parse("--temperature", "none", "--top-p", "none");

            options.chatModel(Map.of("OPENAI_BASE_URL", server.baseUrl())).orElseThrow().chat("ping");

            assertThat(server.requests()).singleElement().satisfies(body -> {
                assertThat(body.has("temperature")).isFalse();
                assertThat(body.has("top_p")).isFalse();
            });
        }
    }
}
