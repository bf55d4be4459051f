package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.github.s2a4j.testing.Regenerations;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One streaming decorator shared by many threads, over a model that streams on threads of its own, as HTTP
 * clients do: every stream reaches its own caller's handler, whole, nothing lost or doubled.
 */
final class S2AStreamingChatModelConcurrencyTest {

    private static final int THREADS = 64;
    private static final int CALLS = 10_000;
    private static final int NETWORK_THREADS = 8;
    private static final Pattern CODE = Pattern.compile("the code is (\\d+)");

    private static String text(int i) {
        return "Fact " + i + ": the code is " + (7L * i) + ". I think the answer is " + (i + 1)
                + ", but I'm really not sure. What is the code of fact " + i + "?";
    }

    @Test
    void should_stream_every_answer_to_its_own_caller_across_64_threads() throws Exception {
        // given a streaming model that answers on its own threads after a random pause (seeded by the text)
        ExecutorService network = Executors.newFixedThreadPool(NETWORK_THREADS);
        NetworkStreamingModel model = new NetworkStreamingModel(network);
        S2AStreamingChatModel s2a = S2AStreamingChatModel.wrap(model);
        ExecutorService callers = Executors.newFixedThreadPool(THREADS);

        // when
        List<CompletableFuture<Streamed>> streams = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            String text = text(i);
            CompletableFuture<Streamed> stream = new CompletableFuture<>();
            streams.add(stream);
            callers.execute(() -> s2a.chat(
                    ChatRequest.builder().messages(UserMessage.from(text)).build(), new Collecting(stream)));
        }
        callers.shutdown();
        assertThat(callers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        CompletableFuture.allOf(streams.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        network.shutdown();

        // then every stream is its own request's answer, whole, and the token sums are exact
        long totalTokens = 0;
        for (int i = 0; i < CALLS; i++) {
            Streamed streamed = streams.get(i).get();
            String expected = "The code is " + (7L * i) + ".";
            assertThat(streamed.partials).isEqualTo(expected);
            assertThat(streamed.complete.aiMessage().text()).isEqualTo(expected);
            totalTokens += streamed.complete.tokenUsage().totalTokenCount();
        }
        int perModelCall = ScriptedChatModel.INPUT_TOKENS + ScriptedChatModel.OUTPUT_TOKENS;
        assertThat(totalTokens).isEqualTo(2L * CALLS * perModelCall);

        // and the model regenerated each text exactly once and answered it exactly once, without the opinion
        assertThat(model.calls).hasValue(2 * CALLS);
        assertThat(model.regenerated).hasSize(CALLS).allSatisfy((text, count) -> assertThat(count).hasValue(1));
        assertThat(model.answered).hasSize(CALLS).allSatisfy((code, count) -> assertThat(count).hasValue(1));
        assertThat(model.answeredWithOpinion).hasValue(0);
    }

    /** A stream's tokens joined, and its complete response. */
    record Streamed(String partials, ChatResponse complete) {}

    /** Collects one stream; completes the future with it, or with its error. */
    static final class Collecting implements StreamingChatResponseHandler {

        private final StringBuilder partials = new StringBuilder();
        private final CompletableFuture<Streamed> done;

        Collecting(CompletableFuture<Streamed> done) {
            this.done = done;
        }

        @Override
        public void onPartialResponse(String partialResponse) {
            synchronized (partials) {
                partials.append(partialResponse);
            }
        }

        @Override
        public void onCompleteResponse(ChatResponse completeResponse) {
            synchronized (partials) {
                done.complete(new Streamed(partials.toString(), completeResponse));
            }
        }

        @Override
        public void onError(Throwable error) {
            done.completeExceptionally(error);
        }
    }

    /**
     * Plays both S2A roles, streaming word by word from a pool of its own, as an HTTP client's threads would:
     * regeneration prompts get a good regeneration, other requests the code found in what they were shown.
     */
    static final class NetworkStreamingModel implements StreamingChatModel {

        final AtomicInteger calls = new AtomicInteger();
        final Map<String, AtomicInteger> regenerated = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
        final AtomicInteger answeredWithOpinion = new AtomicInteger();
        private final ExecutorService network;

        NetworkStreamingModel(ExecutorService network) {
            this.network = network;
        }

        @Override
        public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
            calls.incrementAndGet();
            String prompt = ScriptedChatModel.lastUserText(request);
            String answer;
            if (ScriptedChatModel.isRegeneration(request)) {
                String text = ScriptedChatModel.userTextOf(prompt);
                regenerated.computeIfAbsent(text, key -> new AtomicInteger()).incrementAndGet();
                answer = Regenerations.unbiased(text);
            } else {
                Matcher code = CODE.matcher(prompt);
                answer = code.find() ? "The code is " + code.group(1) + "." : "No code.";
                answered.computeIfAbsent(answer, key -> new AtomicInteger()).incrementAndGet();
                if (prompt.contains("I think")) {
                    answeredWithOpinion.incrementAndGet();
                }
            }
            network.execute(() -> {
                LockSupport.parkNanos(new SplittableRandom(prompt.hashCode()).nextLong(200_000));
                String[] words = answer.split(" ", -1);
                for (int i = 0; i < words.length; i++) {
                    handler.onPartialResponse(i == 0 ? words[i] : " " + words[i]);
                }
                handler.onCompleteResponse(ChatResponse.builder()
                        .aiMessage(AiMessage.from(answer))
                        .tokenUsage(new TokenUsage(ScriptedChatModel.INPUT_TOKENS, ScriptedChatModel.OUTPUT_TOKENS))
                        .finishReason(FinishReason.STOP)
                        .build());
            });
        }
    }
}
