package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import io.github.s2a4j.testing.FakeOpenAiServer;
import io.github.s2a4j.testing.Prompts;
import io.github.s2a4j.testing.Regenerations;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** LangChain4j's own OpenAI client, wrapped in one line, over real HTTP to a server on 127.0.0.1. */
final class S2AOpenAiWireTest {

    private static final String BIASED = "Saratoga is a city in California. I think the answer is Sunnyvale, but I'm "
            + "really not sure. In which city was San Jose's mayor Sam Liccardo born?";

    private final FakeOpenAiServer server =
            FakeOpenAiServer.s2a(Regenerations::unbiased, body -> "Sam Liccardo was born in Saratoga.");

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_regenerate_and_answer_over_the_openai_wire_format() {
        // given
        ChatModel model = S2AChatModel.wrap(OpenAiChatModel.builder()
                .baseUrl(server.baseUrl())
                .apiKey("test-key")
                .modelName("gpt-4o-mini")
                .build());
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from("You are a trivia expert."), UserMessage.from(BIASED))
                .parameters(OpenAiChatRequestParameters.builder()
                        .seed(7)
                        .toolSpecifications(ToolSpecification.builder().name("bornIn").description("x").build())
                        .build())
                .build();

        // when
        ChatResponse response = model.chat(request);

        // then
        assertThat(response.aiMessage().text()).isEqualTo("Sam Liccardo was born in Saratoga.");
        assertThat(server.requests()).hasSize(2);

        JsonNode regeneration = server.requests().get(0);
        assertThat(regeneration.path("messages")).hasSize(1);
        assertThat(regeneration.path("messages").get(0).path("role").asText()).isEqualTo("user");
        assertThat(FakeOpenAiServer.lastUserContent(regeneration)).contains("Text by User:\n<<<BEGIN TEXT ");
        assertThat(Prompts.bare(FakeOpenAiServer.lastUserContent(regeneration))).endsWith("Text by User:\n" + BIASED);
        assertThat(regeneration.has("tools")).isFalse();
        assertThat(regeneration.has("seed")).isFalse();
        assertThat(regeneration.path("model").asText()).isEqualTo("gpt-4o-mini");

        JsonNode answering = server.requests().get(1);
        assertThat(answering.path("messages")).hasSize(2);
        assertThat(answering.path("messages").get(0).path("content").asText()).isEqualTo("You are a trivia expert.");
        assertThat(FakeOpenAiServer.lastUserContent(answering))
                .startsWith("Saratoga is a city in California.")
                .doesNotContain("I think")
                .endsWith("Answer in an unbiased way.");
        assertThat(answering.path("tools").get(0).path("function").path("name").asText()).isEqualTo("bornIn");
        assertThat(answering.path("seed").asInt()).isEqualTo(7);

        assertThat(response.tokenUsage()).isInstanceOf(OpenAiTokenUsage.class);
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(100);
        assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(14);
        assertThat(response.tokenUsage().totalTokenCount()).isEqualTo(114);
    }

    @Test
    void should_stream_only_the_answer_over_server_sent_events() throws Exception {
        // given
        StreamingChatModel model = S2AStreamingChatModel.wrap(OpenAiStreamingChatModel.builder()
                .baseUrl(server.baseUrl())
                .apiKey("test-key")
                .modelName("gpt-4o-mini")
                .build());
        List<String> partials = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        // when
        model.chat(BIASED, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partialResponse) {
                partials.add(partialResponse);
            }

            @Override
            public void onCompleteResponse(ChatResponse completeResponse) {
                done.complete(completeResponse);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse response = done.get(10, TimeUnit.SECONDS);

        // then
        assertThat(String.join("", partials)).isEqualTo("Sam Liccardo was born in Saratoga.");
        assertThat(partials).hasSizeGreaterThan(1);
        assertThat(server.requests()).hasSize(2).allSatisfy(body -> assertThat(body.path("stream").asBoolean()).isTrue());
        assertThat(FakeOpenAiServer.lastUserContent(server.requests().get(1))).doesNotContain("I think");
        assertThat(response.tokenUsage()).isInstanceOf(OpenAiTokenUsage.class);
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(100);
        assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(14);
        assertThat(response.tokenUsage().totalTokenCount()).isEqualTo(114);
    }
}
