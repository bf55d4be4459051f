package io.github.s2a4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Query;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.FailurePolicy;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.RegenerationRequest;
import io.github.s2a4j.core.S2AException;
import io.github.s2a4j.core.S2AListener;
import io.github.s2a4j.core.internal.Sentences;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class S2AContentAggregatorTest {

    private static final String QUERY = "In which city was Sam Liccardo born?";

    /** Generous: it only runs out when the code under test is wrong. */
    private static final long TIMEOUT_SECONDS = 10;

    /** A regenerator that keeps the sentences mentioning "born", and records every request with its thread. */
    private final RecordingRegenerator keepsBirths = new RecordingRegenerator(
            request -> keep(request, sentence -> sentence.contains("born")));

    private final RecordingListener listener = new RecordingListener();

    private S2AContentAggregator aggregator;

    @AfterEach
    void close() {
        if (aggregator != null) {
            aggregator.close();
        }
    }

    @Test
    void should_drop_the_contents_that_have_nothing_related_to_the_query() {
        // given
        aggregator = S2AContentAggregator.from(keepsBirths);
        Content answer = content("Sam Liccardo was born in Saratoga.", 0.91);
        Content office = content("Sam Liccardo opened a campaign office in Sunnyvale.", 0.85);
        Content bridge = content("The Golden Gate Bridge opened in 1937.", 0.60);

        // when
        List<Content> kept = aggregator.aggregate(retrieved(QUERY, answer, office, bridge));

        // then
        assertThat(kept).containsExactly(answer);
        assertThat(keepsBirths.requests()).extracting(RegenerationRequest::query).containsOnly(QUERY);
        assertThat(keepsBirths.requests()).extracting(RegenerationRequest::text)
                .containsExactlyInAnyOrder(answer.textSegment().text(), office.textSegment().text(),
                        bridge.textSegment().text());
    }

    @Test
    void should_keep_each_kept_content_as_it_was_with_its_metadata_and_scores_in_the_delegates_order() {
        // given
        aggregator = S2AContentAggregator.from(keepsBirths);
        Content first = content("Sam Liccardo was born in Saratoga. He was mayor of San Jose.", 0.91);
        Content second = content("Gary Liccardo was born in Sunnyvale.", 0.85);

        // when
        List<Content> kept = aggregator.aggregate(retrieved(QUERY, first, second));

        // then: the very same objects, text and metadata untouched
        assertThat(kept).hasSize(2);
        assertThat(kept.get(0)).isSameAs(first);
        assertThat(kept.get(1)).isSameAs(second);
        assertThat(kept.get(0).metadata()).containsEntry(ContentMetadata.SCORE, 0.91)
                .containsEntry(ContentMetadata.EMBEDDING_ID, "id-0.91");
        assertThat(kept.get(0).textSegment().metadata().getString("source")).isEqualTo("wiki.txt");
    }

    @Test
    void should_cut_unrelated_sentences_and_keep_all_metadata_when_dropping_irrelevant_sentences() {
        // given
        aggregator = S2AContentAggregator.builder().regenerator(keepsBirths).dropIrrelevantSentences(true).build();
        Content mixed = content("Sam Liccardo was born in Saratoga. He was mayor of San Jose. He likes hiking.", 0.91);
        Content whole = content("Gary Liccardo was born in Sunnyvale.", 0.85);

        // when
        List<Content> kept = aggregator.aggregate(retrieved(QUERY, mixed, whole));

        // then
        assertThat(kept).hasSize(2);
        Content cut = kept.get(0);
        assertThat(cut.textSegment().text()).isEqualTo("Sam Liccardo was born in Saratoga.");
        assertThat(cut.textSegment().metadata().toMap()).isEqualTo(mixed.textSegment().metadata().toMap());
        assertThat(cut.metadata()).isEqualTo(mixed.metadata());
        assertThat(kept.get(1)).isSameAs(whole);
        assertThat(mixed.textSegment().text()).endsWith("He likes hiking.");
    }

    @Test
    void should_fall_back_for_the_failed_content_alone() {
        // given
        IllegalStateException failure = new IllegalStateException("rate limited");
        RecordingRegenerator failsOnOffice = new RecordingRegenerator(request -> {
            if (request.text().contains("office")) {
                throw failure;
            }
            return keep(request, sentence -> sentence.contains("born"));
        });
        aggregator = S2AContentAggregator.builder().regenerator(failsOnOffice).listener(listener).build();
        Content answer = content("Sam Liccardo was born in Saratoga.", 0.91);
        Content office = content("Sam Liccardo opened a campaign office in Sunnyvale.", 0.85);
        Content bridge = content("The Golden Gate Bridge opened in 1937.", 0.60);

        // when
        List<Content> kept = aggregator.aggregate(retrieved(QUERY, answer, office, bridge));

        // then: the failed one is kept as it was, the others are judged as usual
        assertThat(kept).containsExactly(answer, office);
        assertThat(kept.get(1)).isSameAs(office);
        assertThat(listener.fallbacks).containsExactly(office.textSegment().text());
        assertThat(listener.failures).singleElement().satisfies(e -> assertThat(e.getCause()).isSameAs(failure));
        assertThat(listener.regenerated).hasSize(2);
    }

    @Test
    void should_keep_the_one_content_whose_regeneration_runs_past_its_time_limit() throws Exception {
        // given a regenerator that hangs on one content, as a stuck HTTP call would, until interrupted
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        RecordingRegenerator hangsOnOffice = new RecordingRegenerator(request -> {
            if (request.text().contains("office")) {
                try {
                    never.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("released");
            }
            return keep(request, sentence -> sentence.contains("born"));
        });
        aggregator = S2AContentAggregator.builder()
                .regenerator(ContextRegenerator.timeLimited(hangsOnOffice, Duration.ofMillis(100)))
                .listener(listener)
                .build();
        Content answer = content("Sam Liccardo was born in Saratoga.", 0.91);
        Content office = content("Sam Liccardo opened a campaign office in Sunnyvale.", 0.85);
        Content bridge = content("The Golden Gate Bridge opened in 1937.", 0.60);

        // when
        List<Content> kept = aggregator.aggregate(retrieved(QUERY, answer, office, bridge));

        // then the late one is kept as it was, alone, the others judged; the stuck call was interrupted
        assertThat(kept).containsExactly(answer, office);
        assertThat(kept.get(1)).isSameAs(office);
        assertThat(listener.fallbacks).containsExactly(office.textSegment().text());
        assertThat(listener.failures).singleElement()
                .satisfies(e -> assertThat(e).hasMessageContaining("time limit of PT0.1S"));
        assertThat(listener.regenerated).hasSize(2);
        assertThat(interrupted.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void should_name_the_arguments_of_a_time_limit() {
        assertThatThrownBy(() -> ContextRegenerator.timeLimited(null, Duration.ofSeconds(1)))
                .isInstanceOf(NullPointerException.class).hasMessage("regenerator");
        assertThatThrownBy(() -> ContextRegenerator.timeLimited(keepsBirths, null))
                .isInstanceOf(NullPointerException.class).hasMessage("limit");
        assertThatThrownBy(() -> ContextRegenerator.timeLimited(keepsBirths, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit must be positive");
    }

    @Test
    void should_fall_back_when_the_regenerator_returns_nothing_usable() {
        // given
        aggregator = S2AContentAggregator.builder()
                .regenerator(request -> new RegeneratedContext(request.text(), "", "", List.of(), null))
                .listener(listener)
                .build();
        Content answer = content("Sam Liccardo was born in Saratoga.", 0.91);

        // when
        List<Content> kept = aggregator.aggregate(retrieved(QUERY, answer));

        // then
        assertThat(kept).containsExactly(answer);
        assertThat(listener.failures).singleElement()
                .satisfies(e -> assertThat(e).hasMessageContaining("neither context nor question"));
    }

    @Test
    void should_throw_when_a_regeneration_fails_and_the_policy_is_throw() {
        // given
        aggregator = S2AContentAggregator.builder()
                .regenerator(request -> {
                    throw new IllegalStateException("rate limited");
                })
                .failurePolicy(FailurePolicy.THROW)
                .build();

        // when / then
        assertThatThrownBy(() -> aggregator.aggregate(retrieved(QUERY, content("Sam Liccardo was born.", 0.9))))
                .isInstanceOf(S2AException.class)
                .hasRootCauseMessage("rate limited");
    }

    @Test
    void should_regenerate_all_contents_at_once_when_they_fit_the_executor() {
        // given: each regeneration waits until all K have started, which only happens if they run at once
        int k = S2AContentAggregator.DEFAULT_PARALLELISM;
        CountDownLatch allStarted = new CountDownLatch(k);
        RecordingRegenerator waitsForAll = new RecordingRegenerator(request -> {
            allStarted.countDown();
            try {
                if (!allStarted.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the regenerations did not run concurrently");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return keep(request, sentence -> true);
        });
        aggregator = S2AContentAggregator.builder()
                .regenerator(waitsForAll)
                .failurePolicy(FailurePolicy.THROW)
                .build();
        Content[] contents = IntStream.range(0, k).mapToObj(i -> content("Passage " + i + ".", 0.9)).toArray(Content[]::new);

        // when
        List<Content> kept = aggregator.aggregate(retrieved(QUERY, contents));

        // then
        assertThat(kept).containsExactly(contents);
        assertThat(waitsForAll.threads()).hasSize(k);
    }

    @Test
    void should_run_no_more_regenerations_at_once_than_its_parallelism() {
        // given: each regeneration holds its thread until all K have started or a short wait ends
        int k = 6;
        int parallelism = 2;
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch allStarted = new CountDownLatch(k);
        RecordingRegenerator holds = new RecordingRegenerator(request -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            allStarted.countDown();
            try {
                allStarted.await(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return keep(request, sentence -> true);
        });
        aggregator = S2AContentAggregator.builder().regenerator(holds).parallelism(parallelism).build();
        Content[] contents = IntStream.range(0, k).mapToObj(i -> content("Passage " + i + ".", 0.9)).toArray(Content[]::new);

        // when
        List<Content> kept = aggregator.aggregate(retrieved(QUERY, contents));

        // then
        assertThat(kept).containsExactly(contents);
        assertThat(mostAtOnce.get()).isBetween(1, parallelism);
        assertThat(holds.threads()).hasSize(parallelism);
    }

    @Test
    void should_judge_each_content_against_the_query_that_retrieved_it() {
        // given
        aggregator = S2AContentAggregator.from(keepsBirths);
        Content birth = content("Sam Liccardo was born in Saratoga.", 0.91);
        Content mayor = content("Sam Liccardo was mayor from 2015 to 2023.", 0.88);
        Map<Query, Collection<List<Content>>> retrieved = new LinkedHashMap<>();
        retrieved.put(Query.from("Where was Sam Liccardo born?"), List.of(List.of(birth)));
        retrieved.put(Query.from("When was Sam Liccardo mayor?"), List.of(List.of(mayor, birth)));

        // when
        aggregator.aggregate(retrieved);

        // then
        Map<String, String> queryByText = keepsBirths.requests().stream()
                .collect(Collectors.toMap(RegenerationRequest::text, RegenerationRequest::query));
        assertThat(queryByText)
                .containsEntry(birth.textSegment().text(), "Where was Sam Liccardo born?")
                .containsEntry(mayor.textSegment().text(), "When was Sam Liccardo mayor?");
    }

    @Test
    void should_return_nothing_without_regenerating_when_nothing_was_retrieved() {
        // given
        aggregator = S2AContentAggregator.from(keepsBirths);

        // when / then
        assertThat(aggregator.aggregate(Map.of())).isEmpty();
        assertThat(aggregator.aggregate(Map.of(Query.from(QUERY), List.of(List.of())))).isEmpty();
        assertThat(keepsBirths.requests()).isEmpty();
    }

    @Test
    void should_leave_no_thread_behind_after_close() {
        // given
        aggregator = S2AContentAggregator.builder().regenerator(keepsBirths).parallelism(4).build();
        Content[] contents = IntStream.range(0, 8).mapToObj(i -> content("Passage " + i + " born.", 0.9))
                .toArray(Content[]::new);
        aggregator.aggregate(retrieved(QUERY, contents));
        Set<Thread> used = keepsBirths.threads();
        assertThat(used).isNotEmpty().allSatisfy(thread -> {
            assertThat(thread.getName()).startsWith("s2a-content-");
            assertThat(thread.isDaemon()).isTrue();
        });

        // when
        aggregator.close();

        // then
        assertThat(used).noneMatch(Thread::isAlive);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(used::contains);
        assertThatThrownBy(() -> aggregator.aggregate(retrieved(QUERY, contents)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        aggregator.close();
    }

    @Test
    void should_run_on_the_given_executor_and_never_shut_it_down() {
        // given
        ExecutorService mine = Executors.newFixedThreadPool(2, task -> new Thread(task, "mine"));
        try {
            aggregator = S2AContentAggregator.builder().regenerator(keepsBirths).executor(mine).build();

            // when
            aggregator.aggregate(retrieved(QUERY, content("Sam Liccardo was born in Saratoga.", 0.9)));
            aggregator.close();

            // then
            assertThat(keepsBirths.threads()).extracting(Thread::getName).containsOnly("mine");
            assertThat(mine.isShutdown()).isFalse();
        } finally {
            mine.shutdownNow();
        }
    }

    @Test
    void should_fall_back_when_the_given_executor_rejects_the_work() {
        // given
        aggregator = S2AContentAggregator.builder()
                .regenerator(keepsBirths)
                .executor(task -> {
                    throw new RejectedExecutionException("saturated");
                })
                .listener(listener)
                .build();
        Content bridge = content("The Golden Gate Bridge opened in 1937.", 0.6);

        // when
        List<Content> kept = aggregator.aggregate(retrieved(QUERY, bridge));

        // then
        assertThat(kept).containsExactly(bridge);
        assertThat(listener.failures).singleElement()
                .satisfies(e -> assertThat(e).hasMessageContaining("rejected").hasRootCauseMessage("saturated"));
    }

    @Test
    void should_stop_with_the_interrupt_kept_when_interrupted_while_waiting() throws Exception {
        // given
        CountDownLatch never = new CountDownLatch(1);
        aggregator = S2AContentAggregator.builder()
                .regenerator(request -> {
                    try {
                        never.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return keep(request, sentence -> false);
                })
                .listener(listener)
                .build();
        Content first = content("Passage one.", 0.9);
        Content second = content("Passage two.", 0.8);

        // when a cancelled call waits for its contents
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> aggregator.aggregate(retrieved(QUERY, first, second)))
                    .isInstanceOf(S2AException.class)
                    .hasMessageContaining("interrupted");
        } finally {
            never.countDown();
        }

        // then it does not go on, keeps the interrupt, and says why
        assertThat(Thread.interrupted()).isTrue();
        assertThat(listener.fallbacks).isEmpty();
        assertThat(listener.thrown).hasSize(1);
    }

    @Test
    void should_name_the_argument_when_it_is_null() {
        aggregator = S2AContentAggregator.from(keepsBirths);

        assertThatThrownBy(() -> aggregator.aggregate(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("queryToContents");
        assertThatThrownBy(() -> S2AContentAggregator.from(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("regenerator");
        assertThatThrownBy(() -> S2AContentAggregator.builder().delegate(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("delegate");
        assertThatThrownBy(() -> S2AContentAggregator.builder().executor(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("executor");
        assertThatThrownBy(() -> S2AContentAggregator.builder().listener(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("listener");
        assertThatThrownBy(() -> S2AContentAggregator.builder().failurePolicy(null))
                .isInstanceOf(NullPointerException.class).hasMessage("failurePolicy");
        assertThatThrownBy(() -> S2AContentAggregator.builder().parallelism(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallelism");
        assertThatThrownBy(() -> S2AContentAggregator.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("regenerator");
    }

    /** What a good regenerator makes of a passage: the sentences that pass the test, or an empty context. */
    static RegeneratedContext keep(RegenerationRequest request, java.util.function.Predicate<String> related) {
        List<String> sentences = Sentences.texts(request.text());
        String kept = sentences.stream().filter(related).collect(Collectors.joining(" "));
        String question = request.query() == null ? "" : request.query();
        return new RegeneratedContext(request.text(), kept, question, List.of(), null);
    }

    static Content content(String text, double score) {
        return Content.from(
                TextSegment.from(text, Metadata.from("source", "wiki.txt")),
                Map.of(ContentMetadata.SCORE, score, ContentMetadata.EMBEDDING_ID, "id-" + score));
    }

    static Map<Query, Collection<List<Content>>> retrieved(String query, Content... contents) {
        return Map.of(Query.from(query), List.of(List.of(contents)));
    }

    /** A regenerator that records its requests and the threads it ran on. Thread-safe. */
    static final class RecordingRegenerator implements ContextRegenerator {

        private final ContextRegenerator delegate;
        private final List<RegenerationRequest> requests = new CopyOnWriteArrayList<>();
        private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

        RecordingRegenerator(ContextRegenerator delegate) {
            this.delegate = delegate;
        }

        @Override
        public RegeneratedContext regenerate(RegenerationRequest request) {
            requests.add(request);
            threads.add(Thread.currentThread());
            return delegate.regenerate(request);
        }

        List<RegenerationRequest> requests() {
            return List.copyOf(requests);
        }

        Set<Thread> threads() {
            return Set.copyOf(threads);
        }
    }

    /** A listener that records what it is told. Thread-safe. */
    static final class RecordingListener implements S2AListener {

        final List<RegeneratedContext> regenerated = new CopyOnWriteArrayList<>();
        final List<RegeneratedContext> reused = new CopyOnWriteArrayList<>();
        final List<String> fallbacks = new CopyOnWriteArrayList<>();
        final List<S2AException> failures = new CopyOnWriteArrayList<>();
        final List<S2AException> thrown = new CopyOnWriteArrayList<>();

        @Override
        public void onRegenerated(RegeneratedContext context) {
            regenerated.add(context);
        }

        @Override
        public void onReused(RegeneratedContext context) {
            reused.add(context);
        }

        @Override
        public void onFallback(String originalText, S2AException reason) {
            fallbacks.add(originalText);
            failures.add(reason);
        }

        @Override
        public void onFailure(String originalText, S2AException reason) {
            thrown.add(reason);
        }
    }
}
