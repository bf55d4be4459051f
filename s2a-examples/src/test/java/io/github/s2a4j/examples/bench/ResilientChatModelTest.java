package io.github.s2a4j.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.s2a4j.testing.FakeOpenAiServer;
import io.github.s2a4j.testing.FakeOpenAiServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class ResilientChatModelTest {

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    private ResilientChatModel resilient(FakeOpenAiServer server, int maxRetries) {
        ChatModel openAi = OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey("test").modelName("m")
                .maxRetries(0).build();
        Retry retry = new Retry(maxRetries, Duration.ofSeconds(1), Duration.ofSeconds(5), sleeps::add, () -> 1.0);
        return new ResilientChatModel(openAi, retry, RateLimiter.unlimited());
    }

    private static FakeOpenAiServer failing(int times, int status) {
        AtomicInteger calls = new AtomicInteger();
        return FakeOpenAiServer.start(body -> calls.incrementAndGet() <= times
                ? Reply.error(status, "failure " + calls.get())
                : Reply.of("ok"));
    }

    @Test
    void should_retry_rate_limits_with_exponential_backoff() {
        try (FakeOpenAiServer server = failing(4, 429)) {
            ResilientChatModel model = resilient(server, 6);

            assertThat(model.chat("hi")).isEqualTo("ok");
            assertThat(server.requests()).hasSize(5);
            assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                    Duration.ofSeconds(5));
            assertThat(model.retries()).isEqualTo(4);
        }
    }

    @Test
    void should_retry_server_errors() {
        try (FakeOpenAiServer server = failing(2, 500)) {
            assertThat(resilient(server, 3).chat("hi")).isEqualTo("ok");
            assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void should_give_up_after_the_last_retry_with_the_models_own_exception() {
        try (FakeOpenAiServer server = failing(10, 429)) {
            assertThatThrownBy(() -> resilient(server, 2).chat("hi")).isInstanceOf(RateLimitException.class);
            assertThat(server.requests()).hasSize(3);
            assertThat(sleeps).hasSize(2);
        }
    }

    @Test
    void should_never_retry_a_bad_request_or_a_refused_key() {
        try (FakeOpenAiServer bad = failing(1, 400); FakeOpenAiServer refused = failing(1, 401)) {
            assertThatThrownBy(() -> resilient(bad, 5).chat("hi")).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> resilient(refused, 5).chat("hi")).isInstanceOf(AuthenticationException.class)
                    .satisfies(e -> assertThat(Failures.isFatal(e)).isTrue());
            assertThat(bad.requests()).hasSize(1);
            assertThat(refused.requests()).hasSize(1);
            assertThat(sleeps).isEmpty();
        }
    }

    @Test
    void should_halve_the_delay_at_most_for_jitter() {
        Retry retry = new Retry(3, Duration.ofSeconds(2), Duration.ofSeconds(60), sleeps::add, () -> 0.0);

        assertThat(retry.backoff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(retry.backoff(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(retry.backoff(40)).isEqualTo(Duration.ofSeconds(60));
        assertThatThrownBy(() -> new Retry(-1, Duration.ZERO, Duration.ZERO, sleeps::add, () -> 0.0))
                .hasMessageContaining("maxRetries");
    }

    @Test
    void should_pace_calls_through_the_rate_limiter() throws Exception {
        long[] now = {0};
        RateLimiter limiter = RateLimiter.perSecond(4, () -> now[0], duration -> {
            sleeps.add(duration);
        });

        limiter.acquire();
        limiter.acquire();
        limiter.acquire();
        now[0] = 2_000_000_000L;
        limiter.acquire();

        assertThat(sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThatThrownBy(() -> RateLimiter.perSecond(0, System::nanoTime, Sleeper.SYSTEM))
                .hasMessageContaining("perSecond");
    }
}
