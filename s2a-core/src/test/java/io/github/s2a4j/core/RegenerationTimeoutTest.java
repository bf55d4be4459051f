package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.chat.request.ChatRequest;
import io.github.s2a4j.testing.Regenerations;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

final class RegenerationTimeoutTest {

    private static final String BIASED = "I think it's Sunnyvale. In which city was Sam Liccardo born?";

    private final ScriptedChatModel model = ScriptedChatModel.s2a(Regenerations::unbiased, request -> "Saratoga");
    private final CountDownLatch never = new CountDownLatch(1);
    private final AtomicBoolean interrupted = new AtomicBoolean();

    /** A regenerator that hangs until interrupted, as a stuck HTTP call would. */
    private final ContextRegenerator hanging = request -> {
        try {
            never.await();
        } catch (InterruptedException e) {
            interrupted.set(true);
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("released");
    };

    @Test
    void should_answer_the_original_request_when_the_regeneration_runs_past_its_limit() throws Exception {
        // given
        List<S2AException> fallbacks = new ArrayList<>();
        S2AChatModel s2a = S2AChatModel.builder()
                .delegate(model)
                .regenerator(hanging)
                .regenerationTimeout(Duration.ofMillis(50))
                .listener(new S2AListener() {
                    @Override
                    public void onFallback(String originalText, S2AException reason) {
                        fallbacks.add(reason);
                    }
                })
                .build();

        // when
        String answer = s2a.chat(BIASED);

        // then the caller got an answer from the original request, the listener was told why,
        // and the stuck regeneration was interrupted
        assertThat(answer).isEqualTo("Saratoga");
        ChatRequest sent = model.requests().get(0);
        assertThat(ScriptedChatModel.lastUserText(sent)).isEqualTo(BIASED);
        assertThat(fallbacks).singleElement().satisfies(reason ->
                assertThat(reason).hasMessageContaining("time limit of PT0.05S"));
        awaitInterrupted();
    }

    @Test
    void should_throw_when_the_regeneration_runs_past_its_limit_and_the_policy_says_so() throws Exception {
        S2AChatModel s2a = S2AChatModel.builder()
                .delegate(model)
                .regenerator(hanging)
                .regenerationTimeout(Duration.ofMillis(50))
                .failurePolicy(FailurePolicy.THROW)
                .build();

        assertThatThrownBy(() -> s2a.chat(BIASED))
                .isInstanceOf(S2AException.class)
                .hasMessageContaining("time limit");
        assertThat(model.requests()).isEmpty();
        awaitInterrupted();
    }

    @Test
    void should_regenerate_normally_within_the_limit() {
        S2AChatModel s2a = S2AChatModel.builder()
                .delegate(model)
                .regenerationTimeout(Duration.ofSeconds(30))
                .build();

        assertThat(s2a.chat(BIASED)).isEqualTo("Saratoga");
        assertThat(ScriptedChatModel.lastUserText(model.requests().get(1))).doesNotContain("I think");
    }

    @Test
    void should_keep_the_interrupt_of_a_caller_interrupted_while_waiting() {
        S2AChatModel s2a = S2AChatModel.builder()
                .delegate(model)
                .regenerator(hanging)
                .regenerationTimeout(Duration.ofDays(1))
                .failurePolicy(FailurePolicy.THROW)
                .build();

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> s2a.chat(BIASED))
                    .isInstanceOf(S2AException.class)
                    .hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void should_reject_a_limit_that_is_not_positive() {
        assertThatThrownBy(() -> S2AChatModel.builder().regenerationTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regenerationTimeout");
        assertThatThrownBy(() -> S2AStreamingChatModel.builder().regenerationTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S2AChatModel.builder().regenerationTimeout(null)).hasMessage("regenerationTimeout");
    }

    private void awaitInterrupted() throws InterruptedException {
        // Generous: it only waits this long if the cancellation failed.
        for (int i = 0; i < 500 && !interrupted.get(); i++) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(interrupted).isTrue();
    }
}
