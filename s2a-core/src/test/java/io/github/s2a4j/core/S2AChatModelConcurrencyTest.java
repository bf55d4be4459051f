package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.s2a4j.testing.Regenerations;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One decorator shared by many threads: every answer belongs to its own request, nothing lost or doubled. */
final class S2AChatModelConcurrencyTest {

    private static final int THREADS = 64;
    private static final int CALLS = 10_000;
    private static final Pattern CODE = Pattern.compile("the code is (\\d+)");

    private static String text(int i) {
        return "Fact " + i + ": the code is " + (7L * i) + ". I think the answer is " + (i + 1)
                + ", but I'm really not sure. What is the code of fact " + i + "?";
    }

    /** Answers with the code it finds in what it was shown, so a mixed-up request gives a wrong answer. */
    private static String answer(ChatRequest request) {
        Matcher matcher = CODE.matcher(ScriptedChatModel.lastUserText(request));
        return matcher.find() ? "code " + matcher.group(1) : "no code";
    }

    @Test
    void should_keep_every_answer_with_its_own_request_across_64_threads() throws Exception {
        // given a fake model with random latency (seeded by the text, so runs are repeatable)
        ScriptedChatModel model = ScriptedChatModel.s2a(
                text -> {
                    pause(text);
                    return Regenerations.unbiased(text);
                },
                request -> {
                    pause(ScriptedChatModel.lastUserText(request));
                    return answer(request);
                });
        S2AChatModel s2a = S2AChatModel.wrap(model);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);

        // when
        List<Future<ChatResponse>> responses = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            String text = text(i);
            responses.add(pool.submit(() -> s2a.chat(ChatRequest.builder()
                    .messages(dev.langchain4j.data.message.UserMessage.from(text))
                    .build())));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        // then every answer is its own request's, and the token sums are exact
        long totalTokens = 0;
        for (int i = 0; i < CALLS; i++) {
            ChatResponse response = responses.get(i).get();
            assertThat(response.aiMessage().text()).isEqualTo("code " + (7L * i));
            totalTokens += response.tokenUsage().totalTokenCount();
        }
        int perModelCall = ScriptedChatModel.INPUT_TOKENS + ScriptedChatModel.OUTPUT_TOKENS;
        assertThat(totalTokens).isEqualTo(2L * CALLS * perModelCall);

        // and the model saw each text regenerated exactly once and answered exactly once
        assertThat(model.requests()).hasSize(2 * CALLS);
        Set<String> regenerated = new HashSet<>();
        for (ChatRequest request : model.regenerationRequests()) {
            regenerated.add(ScriptedChatModel.userTextOf(ScriptedChatModel.lastUserText(request)));
        }
        assertThat(regenerated).hasSize(CALLS);
        assertThat(model.answeringRequests()).hasSize(CALLS)
                .allSatisfy(request -> assertThat(ScriptedChatModel.lastUserText(request)).doesNotContain("I think"));
    }

    private static void pause(String seed) {
        LockSupport.parkNanos(new SplittableRandom(seed.hashCode()).nextLong(200_000));
    }
}
