package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.TokenUsage;
import io.github.s2a4j.testing.Regenerations;
import io.github.s2a4j.testing.ScriptedChatModel;
import io.github.s2a4j.testing.ScriptedStreamingChatModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

final class S2AStreamingChatModelTest {

    private static final String BIASED = "Saratoga is a city in California. I think the answer is Sunnyvale, but I'm "
            + "really not sure. In which city was San Jose's mayor Sam Liccardo born?";

    private final ScriptedStreamingChatModel streaming =
            ScriptedStreamingChatModel.s2a(Regenerations::unbiased, request -> "He was born in Saratoga.");

    /** Collects what a stream delivers. */
    static final class Collector implements StreamingChatResponseHandler {

        final List<String> partials = new ArrayList<>();
        @Nullable ChatResponse complete;
        @Nullable Throwable error;

        @Override
        public void onPartialResponse(String partialResponse) {
            partials.add(partialResponse);
        }

        @Override
        public void onCompleteResponse(ChatResponse completeResponse) {
            complete = completeResponse;
        }

        @Override
        public void onError(Throwable error) {
            this.error = error;
        }
    }

    @Test
    void should_stream_the_answer_token_by_token_and_never_the_regeneration() {
        Collector collector = new Collector();

        S2AStreamingChatModel.wrap(streaming).chat(BIASED, collector);

        assertThat(collector.error).isNull();
        assertThat(collector.partials).containsExactly("He", " was", " born", " in", " Saratoga.");
        assertThat(String.join("", collector.partials)).doesNotContain("Unbiased text context");
        assertThat(collector.complete.aiMessage().text()).isEqualTo("He was born in Saratoga.");
        assertThat(collector.complete.tokenUsage()).isEqualTo(new TokenUsage(200, 20, 220));
    }

    @Test
    void should_answer_from_the_regeneration_with_the_system_prompt_kept() {
        SystemMessage system = SystemMessage.from("Answer briefly.");

        S2AStreamingChatModel.wrap(streaming).chat(
                ChatRequest.builder().messages(system, UserMessage.from(BIASED)).build(), new Collector());

        assertThat(streaming.requests()).hasSize(2);
        assertThat(ScriptedChatModel.isRegeneration(streaming.requests().get(0))).isTrue();
        assertThat(streaming.requests().get(0).messages()).hasSize(1);
        ChatRequest answering = streaming.requests().get(1);
        assertThat(answering.messages()).first().isEqualTo(system);
        assertThat(ScriptedChatModel.lastUserText(answering))
                .doesNotContain("I think")
                .endsWith("Answer in an unbiased way.");
    }

    @Test
    void should_fire_the_delegate_listeners_once_per_model_call() {
        AtomicInteger requests = new AtomicInteger();
        ChatModelListener counting = new ChatModelListener() {
            @Override
            public void onRequest(ChatModelRequestContext context) {
                requests.incrementAndGet();
            }
        };
        ScriptedStreamingChatModel observed = new ScriptedStreamingChatModel(
                request -> ScriptedChatModel.isRegeneration(request)
                        ? Regenerations.unbiased(ScriptedChatModel.userTextOf(ScriptedChatModel.lastUserText(request)))
                        : "Saratoga",
                List.of(counting));

        S2AStreamingChatModel s2a = S2AStreamingChatModel.wrap(observed);
        s2a.chat(BIASED, new Collector());

        assertThat(requests).hasValue(2);
        assertThat(s2a.listeners()).isEmpty();
    }

    @Test
    void should_regenerate_with_a_blocking_model_when_given_one() {
        ScriptedChatModel cheap = ScriptedChatModel.s2a(Regenerations::unbiased, request -> "unused");
        Collector collector = new Collector();

        S2AStreamingChatModel.builder().delegate(streaming).regenerationModel(cheap).build().chat(BIASED, collector);

        assertThat(cheap.requests()).hasSize(1);
        assertThat(streaming.requests()).hasSize(1);
        assertThat(collector.complete.tokenUsage().totalTokenCount()).isEqualTo(220);
    }

    @Test
    void should_pass_the_answering_error_to_the_handler_unchanged() {
        ScriptedStreamingChatModel failing = ScriptedStreamingChatModel.s2a(
                Regenerations::unbiased, request -> "ERROR: overloaded");
        Collector collector = new Collector();

        S2AStreamingChatModel.wrap(failing).chat(BIASED, collector);

        assertThat(collector.partials).containsExactly("ERROR:");
        assertThat(collector.error).isInstanceOf(IllegalStateException.class).hasMessage("ERROR: overloaded");
        assertThat(collector.complete).isNull();
    }

    @Test
    void should_stream_the_original_request_when_the_regeneration_fails() {
        ScriptedStreamingChatModel refusing = ScriptedStreamingChatModel.s2a(text -> "No.", request -> "Sunnyvale");
        List<String> fallbacks = new ArrayList<>();
        Collector collector = new Collector();

        S2AStreamingChatModel.builder()
                .delegate(refusing)
                .listener(new S2AListener() {
                    @Override
                    public void onFallback(String originalText, S2AException reason) {
                        fallbacks.add(originalText);
                    }
                })
                .build()
                .chat(BIASED, collector);

        assertThat(fallbacks).containsExactly(BIASED);
        assertThat(ScriptedChatModel.lastUserText(refusing.requests().get(1))).isEqualTo(BIASED);
        assertThat(collector.complete.aiMessage().text()).isEqualTo("Sunnyvale");
        assertThat(collector.complete.tokenUsage().totalTokenCount()).isEqualTo(110);
    }

    @Test
    void should_report_a_failed_regeneration_to_the_handler_when_configured_to_throw() {
        ScriptedStreamingChatModel refusing = ScriptedStreamingChatModel.s2a(text -> "No.", request -> "Sunnyvale");
        Collector collector = new Collector();

        S2AStreamingChatModel.builder()
                .delegate(refusing)
                .failurePolicy(FailurePolicy.THROW)
                .build()
                .chat(BIASED, collector);

        assertThat(collector.error).isInstanceOf(S2AException.class);
        assertThat(collector.partials).isEmpty();
        assertThat(refusing.requests()).hasSize(1);
    }

    @Test
    void should_regenerate_on_the_executor_when_one_is_set() {
        Queue<Runnable> queued = new ArrayDeque<>();
        Collector collector = new Collector();
        S2AStreamingChatModel s2a = S2AStreamingChatModel.builder().delegate(streaming).executor(queued::add).build();

        s2a.chat(BIASED, collector);
        assertThat(streaming.requests()).isEmpty();
        queued.remove().run();

        assertThat(streaming.requests()).hasSize(2);
        assertThat(collector.complete.aiMessage().text()).isEqualTo("He was born in Saratoga.");
    }

    @Test
    void should_not_stack_and_should_name_misused_arguments() {
        S2AStreamingChatModel once = S2AStreamingChatModel.wrap(streaming);

        assertThat(S2AStreamingChatModel.wrap(once)).isSameAs(once);
        assertThat(once.delegate()).isSameAs(streaming);
        assertThatThrownBy(() -> S2AStreamingChatModel.builder().delegate(once))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S2AStreamingChatModel.wrap(null)).hasMessage("delegate");
        assertThatThrownBy(() -> S2AStreamingChatModel.builder().executor(null)).hasMessage("executor");
        assertThatThrownBy(() -> S2AStreamingChatModel.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> once.chat((ChatRequest) null, new Collector())).hasMessage("request");
        assertThatThrownBy(() -> once.chat(ChatRequest.builder().messages(UserMessage.from("x")).build(), null))
                .hasMessage("handler");
    }
}
