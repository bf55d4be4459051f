package io.github.s2a4j.langchain4j;

import static io.github.s2a4j.langchain4j.S2AContentAggregatorTest.content;
import static io.github.s2a4j.langchain4j.S2AContentAggregatorTest.keep;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import io.github.s2a4j.core.FailurePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * One content filter shared by many concurrent aggregations: each gets exactly its own contents back, filtered,
 * and no thread of the filter's pool outlives {@code close()}.
 */
final class S2AContentAggregatorConcurrencyTest {

    private static final int THREADS = 32;
    private static final int AGGREGATIONS = 2_000;
    private static final int CONTENTS = 5;

    @Test
    void should_give_each_concurrent_aggregation_its_own_contents_and_leave_no_thread_behind() throws Exception {
        // given a regenerator with random latency (seeded by the text) that keeps the passages about births
        Map<String, AtomicInteger> judged = new ConcurrentHashMap<>();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        S2AContentAggregator aggregator = S2AContentAggregator.builder()
                .regenerator(request -> {
                    threads.add(Thread.currentThread());
                    judged.computeIfAbsent(request.text() + " | " + request.query(), key -> new AtomicInteger())
                            .incrementAndGet();
                    LockSupport.parkNanos(new SplittableRandom(request.text().hashCode()).nextLong(200_000));
                    return keep(request, sentence -> sentence.contains("born"));
                })
                .failurePolicy(FailurePolicy.THROW)
                .build();
        ExecutorService callers = Executors.newFixedThreadPool(THREADS);

        // when each aggregation asks about its own person, with contents of its own
        List<Future<List<Content>>> results = new ArrayList<>();
        List<List<Content>> retrieved = new ArrayList<>();
        for (int a = 0; a < AGGREGATIONS; a++) {
            List<Content> contents = contents(a);
            retrieved.add(contents);
            Query query = Query.from("Where was person " + a + " born?");
            results.add(callers.submit(() -> aggregator.aggregate(Map.of(query, List.of(contents)))));
        }
        callers.shutdown();
        assertThat(callers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        // then each got back exactly its own contents about births, the same objects, in their order
        for (int a = 0; a < AGGREGATIONS; a++) {
            List<Content> contents = retrieved.get(a);
            assertThat(results.get(a).get()).containsExactly(contents.get(0), contents.get(2), contents.get(4));
        }
        // and each content was judged once, against its own aggregation's query
        assertThat(judged).hasSize(AGGREGATIONS * CONTENTS)
                .allSatisfy((textAndQuery, count) -> assertThat(count).hasValue(1));
        for (String textAndQuery : judged.keySet()) {
            String person = textAndQuery.replaceAll("^Person (\\d+) .*$", "$1");
            assertThat(textAndQuery).endsWith("| Where was person " + person + " born?");
        }
        assertThat(threads).hasSizeBetween(1, S2AContentAggregator.DEFAULT_PARALLELISM);

        // when the filter is closed, none of its threads is left
        aggregator.close();
        assertThat(threads).allSatisfy(thread -> assertThat(thread.getName()).startsWith("s2a-content-"))
                .noneMatch(Thread::isAlive);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(threads::contains);
    }

    /** Five contents about one person: the even ones about a birth, the odd ones not. */
    private static List<Content> contents(int person) {
        List<Content> contents = new ArrayList<>();
        for (int c = 0; c < CONTENTS; c++) {
            String text = c % 2 == 0
                    ? "Person " + person + " was born in town " + c + "."
                    : "Person " + person + " opened shop " + c + ".";
            contents.add(content(text, 0.9 - c / 100.0));
        }
        return contents;
    }
}
