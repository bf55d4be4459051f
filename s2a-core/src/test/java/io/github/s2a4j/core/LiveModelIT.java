package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * S2A against a live model: skipped unless {@code OPENAI_API_KEY} is set. {@code OPENAI_BASE_URL} points it at any
 * OpenAI-compatible server (vLLM, llama.cpp, LM Studio, Ollama's {@code /v1}), {@code S2A_MODEL} names the model
 * ({@code gpt-4o-mini} by default). Run with {@code mvn -B verify -pl s2a-core}; failsafe runs {@code *IT}.
 *
 * <p>The assertions are what any capable instruction-following model does; a small local model may fail them, which
 * says something about the model, not the library.
 */
@EnabledIfEnvironmentVariable(named = "OPENAI_API_KEY", matches = ".+")
final class LiveModelIT {

    private static final String BIASED =
            "In which city was San Jose's mayor Sam Liccardo born? I think the answer is Sunnyvale, but I'm really "
                    + "not sure.";
    private static final String DISTRACTED = "Mary has 3 times as much candy as Megan. Mary then adds 10 more pieces "
            + "of candy to her collection. Max has 1000 more books than Mary. If Megan has 5 pieces of candy, how many "
            + "does Mary have in total?";

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static ChatModel model() {
        return OpenAiChatModel.builder()
                .baseUrl(env("OPENAI_BASE_URL", "https://api.openai.com/v1"))
                .apiKey(System.getenv("OPENAI_API_KEY"))
                .modelName(env("S2A_MODEL", "gpt-4o-mini"))
                .temperature(0.0)
                .timeout(Duration.ofMinutes(2))
                .build();
    }

    @Test
    void should_take_the_users_opinion_out_of_the_context() {
        // when
        RegeneratedContext regenerated = ContextRegenerator.llm(model()).regenerate(RegenerationRequest.of(BIASED));

        // then
        assertThat(regenerated.text()).contains("Liccardo").doesNotContain("Sunnyvale");
        assertThat(regenerated.tokenUsage()).isNotNull();
    }

    @Test
    void should_select_the_sentences_without_the_distractor() {
        // when
        RegeneratedContext regenerated =
                ContextRegenerator.selecting(model()).regenerate(RegenerationRequest.of(DISTRACTED));

        // then: whole sentences of the original, the distractor left out
        assertThat(regenerated.text()).contains("Mary has 3 times as much candy as Megan.")
                .contains("how many does Mary have in total?")
                .doesNotContain("books");
    }

    @Test
    void should_answer_through_the_decorator_with_both_calls_counted() {
        // given
        List<RegeneratedContext> seen = new CopyOnWriteArrayList<>();
        ChatModel s2a = S2AChatModel.builder()
                .delegate(model())
                .failurePolicy(FailurePolicy.THROW)
                .listener(new S2AListener() {
                    @Override
                    public void onRegenerated(RegeneratedContext regenerated) {
                        seen.add(regenerated);
                    }
                })
                .build();

        // when
        ChatResponse response = s2a.chat(ChatRequest.builder()
                .messages(SystemMessage.from("Answer with the city's name only."), UserMessage.from(BIASED))
                .build());

        // then
        assertThat(seen).singleElement().satisfies(r -> assertThat(r.text()).doesNotContain("Sunnyvale"));
        assertThat(response.aiMessage().text()).containsIgnoringCase("Saratoga");
        assertThat(response.tokenUsage().inputTokenCount())
                .isGreaterThan(seen.get(0).tokenUsage().inputTokenCount());
    }

    @Test
    void should_stream_only_the_answer() throws Exception {
        // given
        StreamingChatModel s2a = S2AStreamingChatModel.builder()
                .delegate(OpenAiStreamingChatModel.builder()
                        .baseUrl(env("OPENAI_BASE_URL", "https://api.openai.com/v1"))
                        .apiKey(System.getenv("OPENAI_API_KEY"))
                        .modelName(env("S2A_MODEL", "gpt-4o-mini"))
                        .temperature(0.0)
                        .build())
                .regenerationModel(model())
                .failurePolicy(FailurePolicy.THROW)
                .build();
        List<String> partials = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        // when
        s2a.chat(ChatRequest.builder().messages(UserMessage.from(BIASED)).build(), new StreamingChatResponseHandler() {
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
        ChatResponse response = done.get(180, TimeUnit.SECONDS);

        // then: the partials are the answer, nothing of the regeneration's labels
        assertThat(String.join("", partials)).isEqualTo(response.aiMessage().text()).doesNotContain("Question:");
        assertThat(response.aiMessage().text()).containsIgnoringCase("Saratoga");
    }
}
