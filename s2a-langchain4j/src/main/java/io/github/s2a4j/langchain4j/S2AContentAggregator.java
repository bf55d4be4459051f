package io.github.s2a4j.langchain4j;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.aggregator.ContentAggregator;
import dev.langchain4j.rag.content.aggregator.DefaultContentAggregator;
import dev.langchain4j.rag.query.Query;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.FailurePolicy;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.RegenerationRequest;
import io.github.s2a4j.core.S2AException;
import io.github.s2a4j.core.internal.Tasks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ContentAggregator} that applies S2A to the retrieved contents: each content is judged against the
 * query it was retrieved with, and the contents that have nothing to do with it (a passage about another topic,
 * or about the same person but another fact) are left out before they reach the prompt.
 *
 * <pre>{@code
 * S2AContentAggregator filter = S2AContentAggregator.builder()
 *         .regenerator(ContextRegenerator.llm(cheapModel))
 *         .dropIrrelevantSentences(true)
 *         .build();
 * RetrievalAugmentor augmentor = DefaultRetrievalAugmentor.builder()
 *         .contentRetriever(contentRetriever)
 *         .contentAggregator(filter)
 *         .build();
 * // ...
 * filter.close(); // stops its threads; not needed with an executor of your own
 * }</pre>
 *
 * <p><b>Composition.</b> The {@link Builder#delegate(ContentAggregator) delegate} (LangChain4j's
 * {@link DefaultContentAggregator} by default: reciprocal rank fusion) aggregates first; then each of its
 * contents is regenerated as {@code RegenerationRequest.builder().text(content).query(query)}, all of them
 * concurrently on the {@link Builder#executor(Executor) executor}:
 * <ul>
 *   <li>a regeneration with an empty context (nothing in the content is related to the query) drops the
 *       content;</li>
 *   <li>otherwise the content is kept as it is, the very same object, with its metadata and scores; with
 *       {@link Builder#dropIrrelevantSentences(boolean) dropIrrelevantSentences}, its text becomes the
 *       regeneration's context, in a new content that keeps the text segment's metadata and the content's
 *       metadata ({@code SCORE}, {@code EMBEDDING_ID}, ...);</li>
 *   <li>a failed regeneration keeps that content as it is and tells the listener (or throws
 *       {@code S2AException}, per {@link FailurePolicy}); the other contents are not affected.</li>
 * </ul>
 * The delegate's order is kept. A content retrieved by several queries is judged against one of them. The
 * listener hears {@code onRegenerated} or {@code onFallback} once per content, on the executor's threads.
 *
 * <p><b>Threads.</b> Without an executor of your own, this aggregator owns a pool of
 * {@link Builder#parallelism(int) parallelism} daemon threads ({@value #DEFAULT_PARALLELISM} by default) named
 * {@code s2a-content-N}, shared by all callers: at most that many regenerations run at once, the rest queue.
 * Idle threads end after a few seconds; {@link #close()} ends them at once. An executor you give is yours: it
 * is never shut down here, and work it rejects falls back like a failed regeneration.
 *
 * <p>Thread-safe if the delegate, the regenerator and the listener are.
 */
public final class S2AContentAggregator implements ContentAggregator, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S2AContentAggregator.class);

    /** Regenerations that run at once on the pool this aggregator owns, unless set otherwise. */
    public static final int DEFAULT_PARALLELISM = 8;

    private final ContentAggregator delegate;
    private final Regenerating regenerating;
    private final boolean dropIrrelevantSentences;
    private final Executor executor;
    private final @Nullable OwnedPool ownedPool;
    private volatile boolean closed;

    private S2AContentAggregator(Builder builder) {
        this.regenerating = builder.regenerating();
        this.delegate = builder.delegate;
        this.dropIrrelevantSentences = builder.dropIrrelevantSentences;
        Executor given = builder.executor;
        if (given != null) {
            this.executor = given;
            this.ownedPool = null;
        } else {
            OwnedPool pool = new OwnedPool("s2a-content", builder.parallelism);
            this.executor = pool;
            this.ownedPool = pool;
        }
    }

    /**
     * A filter that keeps or drops whole contents, on a pool of its own.
     *
     * @param regenerator S2A's first step, applied to each content against its query
     * @return the aggregator; {@link #close() close} it when done
     */
    public static S2AContentAggregator from(ContextRegenerator regenerator) {
        return builder().regenerator(regenerator).build();
    }

    /**
     * A builder; {@link Builder#regenerator(ContextRegenerator)} is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Aggregates with the delegate, then leaves out what S2A finds unrelated to the query.
     *
     * @param queryToContents the contents each query retrieved, as LangChain4j passes them
     * @return the delegate's contents, in its order, without the unrelated ones
     * @throws IllegalStateException if this aggregator was closed
     * @throws io.github.s2a4j.core.S2AException if a regeneration failed and the policy is
     *     {@link FailurePolicy#THROW}
     */
    @Override
    public List<Content> aggregate(Map<Query, Collection<List<Content>>> queryToContents) {
        requireNonNull(queryToContents, "queryToContents");
        if (closed) {
            throw new IllegalStateException("this S2AContentAggregator is closed");
        }
        List<Content> aggregated = delegate.aggregate(queryToContents);
        if (aggregated.isEmpty() || queryToContents.isEmpty()) {
            return aggregated;
        }
        Map<Content, String> queries = queriesByContent(queryToContents);
        String anyQuery = queryToContents.keySet().iterator().next().text();

        List<CompletableFuture<Optional<Content>>> filtered = new ArrayList<>(aggregated.size());
        for (Content content : aggregated) {
            String query = queries.getOrDefault(content, anyQuery);
            filtered.add(submit(content, query));
        }
        List<Content> kept = new ArrayList<>(aggregated.size());
        for (int i = 0; i < filtered.size(); i++) {
            await(filtered.get(i), aggregated.get(i)).ifPresent(kept::add);
        }
        log.debug("S2A kept {} of {} retrieved contents", kept.size(), aggregated.size());
        return kept;
    }

    private CompletableFuture<Optional<Content>> submit(Content content, String query) {
        try {
            return CompletableFuture.supplyAsync(() -> filter(content, query), executor);
        } catch (RejectedExecutionException e) {
            regenerating.fail(content.textSegment().text(),
                    new S2AException("the executor rejected the regeneration of a content: " + e.getMessage(), e));
            return CompletableFuture.completedFuture(Optional.of(content));
        }
    }

    /** The content to keep in place of this one: itself, a shorter copy, or empty to drop it. */
    private Optional<Content> filter(Content content, String query) {
        TextSegment segment = content.textSegment();
        RegeneratedContext regenerated = regenerating.regenerate(
                RegenerationRequest.builder().text(segment.text()).query(query).build());
        if (regenerated == null) {
            return Optional.of(content);
        }
        String context = regenerated.context().strip();
        if (context.isEmpty()) {
            return Optional.empty();
        }
        if (!dropIrrelevantSentences || context.equals(segment.text().strip())) {
            return Optional.of(content);
        }
        return Optional.of(Content.from(TextSegment.from(context, segment.metadata()), content.metadata()));
    }

    /**
     * Waits for one content's outcome. An interrupted wait cancels the aggregation: it fails with an
     * {@link S2AException}, interrupt status kept, whatever the policy, as an interrupted chat call does.
     */
    private Optional<Content> await(CompletableFuture<Optional<Content>> future, Content content) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(false);
            regenerating.fail(content.textSegment().text(),
                    new S2AException("interrupted while waiting for the regeneration of a content", e));
            return Optional.of(content);
        } catch (ExecutionException e) {
            // Regenerating turns every failure into a fallback, so only THROW's S2AException and Errors get here.
            throw Tasks.failure(e, "the regeneration of a content");
        }
    }

    /** Each content with the text of the first query that retrieved it. */
    private static Map<Content, String> queriesByContent(Map<Query, Collection<List<Content>>> queryToContents) {
        Map<Content, String> queries = new HashMap<>();
        queryToContents.forEach((query, lists) -> {
            for (List<Content> contents : lists) {
                for (Content content : contents) {
                    queries.putIfAbsent(content, query.text());
                }
            }
        });
        return queries;
    }

    /**
     * Stops the pool this aggregator owns: the work under way and queued finishes first, then every one of its
     * threads has ended when this method returns. Does nothing to an executor that was given to the builder.
     * Later calls to {@link #aggregate} throw {@link IllegalStateException}. Idempotent. An interrupted close
     * stops the work under way instead and keeps the thread's interrupt status.
     */
    @Override
    public void close() {
        closed = true;
        if (ownedPool != null) {
            ownedPool.close();
        }
    }

    @Override
    public String toString() {
        return "S2AContentAggregator[delegate=" + delegate.getClass().getSimpleName() + ", " + regenerating
                + ", dropIrrelevantSentences=" + dropIrrelevantSentences
                + ", executor=" + executor + (closed ? ", closed" : "") + "]";
    }

    /** Builds {@link S2AContentAggregator}s. Each setter validates its argument at once. Not thread-safe. */
    public static final class Builder extends RegeneratingBuilder<Builder> {

        private ContentAggregator delegate = new DefaultContentAggregator();
        boolean dropIrrelevantSentences; // read by S2ARag, which builds its filter with this builder
        @Nullable Executor executor;
        private int parallelism = DEFAULT_PARALLELISM;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the aggregator whose result is filtered; LangChain4j's {@link DefaultContentAggregator} by
         * default. A re-ranking aggregator here makes S2A judge only what survives the re-ranking.
         *
         * @param delegate the aggregator to decorate
         * @return this builder
         */
        public Builder delegate(ContentAggregator delegate) {
            this.delegate = requireNonNull(delegate, "delegate");
            return this;
        }

        /**
         * Sets whether a kept content is also cut down to the sentences related to the query (the regeneration's
         * context); off by default, which keeps or drops whole contents and never changes their text.
         *
         * @param dropIrrelevantSentences {@code true} to cut unrelated sentences out of kept contents
         * @return this builder
         */
        public Builder dropIrrelevantSentences(boolean dropIrrelevantSentences) {
            this.dropIrrelevantSentences = dropIrrelevantSentences;
            return this;
        }

        /**
         * Sets the executor that runs the regenerations, which then bounds their concurrency; yours to shut
         * down. By default the aggregator owns a pool of {@link #parallelism(int) parallelism} threads. The
         * caller of {@code aggregate} waits for the work it gives this executor: do not call it from the
         * executor's own threads, or a bounded executor can end up waiting on itself.
         *
         * @param executor the executor
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Sets how many regenerations run at once on the pool the aggregator owns;
         * {@value S2AContentAggregator#DEFAULT_PARALLELISM} by default. Ignored when an {@link #executor(Executor) executor} is given.
         *
         * @param parallelism the number of threads, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code parallelism} is less than 1
         */
        public Builder parallelism(int parallelism) {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
            }
            this.parallelism = parallelism;
            return this;
        }

        /**
         * Builds the aggregator.
         *
         * @return the aggregator; {@link S2AContentAggregator#close() close} it when it owns its pool
         * @throws IllegalStateException if no regenerator was set
         */
        public S2AContentAggregator build() {
            return new S2AContentAggregator(this);
        }
    }
}
