package io.github.s2a4j.langchain4j;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.rag.AugmentationRequest;
import dev.langchain4j.rag.AugmentationResult;
import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.content.aggregator.ContentAggregator;
import dev.langchain4j.rag.content.aggregator.DefaultContentAggregator;
import dev.langchain4j.rag.content.injector.ContentInjector;
import dev.langchain4j.rag.content.injector.DefaultContentInjector;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.router.DefaultQueryRouter;
import dev.langchain4j.rag.query.router.QueryRouter;
import io.github.s2a4j.core.AnswerPrompt;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.FailurePolicy;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * A RAG chain with System 2 Attention at every step: LangChain4j's {@link DefaultRetrievalAugmentor} with the
 * user's opinion taken out of the retrieval query, unrelated contents left out, and the contents injected into
 * the regenerated user message. The one-liner for AiServices.
 *
 * <pre>{@code
 * Assistant assistant = AiServices.builder(Assistant.class)
 *         .chatModel(model)
 *         .retrievalAugmentor(S2ARag.retrievalAugmentor(contentRetriever, ContextRegenerator.llm(cheapModel)))
 *         .build();
 *
 * // or, configured:
 * S2ARag rag = S2ARag.builder()
 *         .contentRetriever(contentRetriever)
 *         .regenerator(ContextRegenerator.llm(cheapModel))
 *         .dropIrrelevantSentences(true)
 *         .parallelism(4)
 *         .build();
 * }</pre>
 *
 * <p><b>Composition.</b> One {@link DefaultRetrievalAugmentor} made of
 * <ol>
 *   <li>an {@link S2AQueryTransformer}: the user's text is regenerated and the retriever is queried with its
 *       context and question;</li>
 *   <li>the {@link Builder#contentRetriever(ContentRetriever) content retriever}, or a
 *       {@link Builder#queryRouter(QueryRouter) query router} over several;</li>
 *   <li>an {@link S2AContentAggregator} around the {@link Builder#contentAggregator(ContentAggregator)
 *       aggregator} ({@link DefaultContentAggregator} by default): each retrieved content is regenerated against
 *       the query, concurrently, and dropped when nothing in it is related;</li>
 *   <li>an {@link S2AContentInjector} around the {@link Builder#contentInjector(ContentInjector) injector}
 *       ({@link DefaultContentInjector} by default): the contents are injected into the user's regenerated
 *       message.</li>
 * </ol>
 * The user's turn is regenerated once, for the query, and reused for the injection; each content costs one
 * regeneration more. All steps share the regenerator, the failure policy and the listener; each failure falls
 * back for its step alone. The {@code AugmentationResult} is a {@code UserMessage} and the kept contents, so
 * AiServices' sources work. Answer with the plain model: wrapping it in an {@code S2AChatModel} too would
 * regenerate the augmented message again.
 *
 * <p><b>Threads.</b> The contents are regenerated on the {@link Builder#executor(Executor) executor}, or on a
 * pool of {@link Builder#parallelism(int) parallelism} daemon threads this chain owns; {@link #close()} stops
 * that pool (its idle threads also end by themselves after a few seconds).
 *
 * <p>Thread-safe if the retriever, the regenerator, the listener and any delegates given are.
 */
public final class S2ARag implements RetrievalAugmentor, AutoCloseable {

    private final DefaultRetrievalAugmentor chain;
    private final Regenerating regenerating;
    private final S2AContentAggregator contentAggregator;
    private final String description;

    private S2ARag(Builder builder) {
        QueryRouter router = builder.queryRouter;
        if (router == null) {
            throw new IllegalStateException("contentRetriever or queryRouter is required");
        }
        Regenerating regenerating = builder.sharedRegenerating();
        this.regenerating = regenerating;
        this.contentAggregator = builder.contents.regenerating(regenerating).build();
        this.chain = DefaultRetrievalAugmentor.builder()
                .queryTransformer(S2AQueryTransformer.builder()
                        .regenerating(regenerating)
                        .includeContext(builder.queryIncludesContext)
                        .build())
                .queryRouter(router)
                .contentAggregator(contentAggregator)
                .contentInjector(S2AContentInjector.builder()
                        .regenerating(regenerating)
                        .delegate(builder.contentInjector)
                        .answerPrompt(builder.answerPrompt)
                        .build())
                .build();
        this.description = "S2ARag[" + regenerating + ", dropIrrelevantSentences="
                + builder.contents.dropIrrelevantSentences
                + ", executor=" + (builder.contents.executor != null ? builder.contents.executor : "own") + "]";
    }

    /**
     * The S2A chain over one retriever: opinion-free query, unrelated contents dropped, contents injected into
     * the regenerated message; failures fall back step by step.
     *
     * @param contentRetriever the retriever, such as an {@code EmbeddingStoreContentRetriever}
     * @param regenerator S2A's first step, for the user's turn and for each content
     * @return the retrieval augmentor; {@link #close() close} it when done
     */
    public static S2ARag retrievalAugmentor(ContentRetriever contentRetriever, ContextRegenerator regenerator) {
        return builder().contentRetriever(contentRetriever).regenerator(regenerator).build();
    }

    /**
     * A builder; {@link Builder#regenerator(ContextRegenerator)} and a
     * {@link Builder#contentRetriever(ContentRetriever) content retriever} or
     * {@link Builder#queryRouter(QueryRouter) query router} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the chain: transform, retrieve, filter, inject.
     *
     * @param augmentationRequest the request, as AiServices makes it
     * @return the regenerated user message with the contents injected, and the contents kept
     * @throws IllegalStateException if this chain was closed
     * @throws io.github.s2a4j.core.S2AException if a regeneration failed and the policy is
     *     {@link FailurePolicy#THROW}
     */
    @Override
    public AugmentationResult augment(AugmentationRequest augmentationRequest) {
        requireNonNull(augmentationRequest, "augmentationRequest");
        // The query and the prompt regenerate the same user turn: a failure in the first is not retried by the second.
        return regenerating.withinTurn(() -> chain.augment(augmentationRequest));
    }

    /**
     * Stops the threads of the pool this chain owns, after the work under way; does nothing to an executor
     * given to the builder. Idempotent.
     */
    @Override
    public void close() {
        contentAggregator.close();
    }

    @Override
    public String toString() {
        return description;
    }

    /** Builds {@link S2ARag} chains. Each setter validates its argument at once. Not thread-safe. */
    public static final class Builder extends RegeneratingBuilder<Builder> {

        private @Nullable QueryRouter queryRouter;
        /** The content filter's settings: the aggregator it decorates, sentence cutting, its threads. */
        private final S2AContentAggregator.Builder contents = S2AContentAggregator.builder();
        private ContentInjector contentInjector = new DefaultContentInjector();
        private AnswerPrompt answerPrompt = AnswerPrompt.instructed();
        private boolean queryIncludesContext = true;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the retriever to query; this or {@link #queryRouter(QueryRouter)} is required.
         *
         * @param contentRetriever the retriever
         * @return this builder
         */
        public Builder contentRetriever(ContentRetriever contentRetriever) {
            this.queryRouter = new DefaultQueryRouter(requireNonNull(contentRetriever, "contentRetriever"));
            return this;
        }

        /**
         * Sets a router over several retrievers, in place of {@link #contentRetriever(ContentRetriever)}.
         *
         * @param queryRouter the router
         * @return this builder
         */
        public Builder queryRouter(QueryRouter queryRouter) {
            this.queryRouter = requireNonNull(queryRouter, "queryRouter");
            return this;
        }

        /**
         * Sets the aggregator whose result S2A filters; {@link DefaultContentAggregator} by default.
         *
         * @param contentAggregator the aggregator, such as a re-ranking one
         * @return this builder
         */
        public Builder contentAggregator(ContentAggregator contentAggregator) {
            contents.delegate(requireNonNull(contentAggregator, "contentAggregator"));
            return this;
        }

        /**
         * Sets the injector that puts the contents into the regenerated message;
         * {@link DefaultContentInjector} by default.
         *
         * @param contentInjector the injector
         * @return this builder
         */
        public Builder contentInjector(ContentInjector contentInjector) {
            this.contentInjector = requireNonNull(contentInjector, "contentInjector");
            return this;
        }

        /**
         * Sets the form of the regenerated user message; {@link AnswerPrompt#instructed()} by default.
         *
         * @param answerPrompt the form
         * @return this builder
         */
        public Builder answerPrompt(AnswerPrompt answerPrompt) {
            this.answerPrompt = requireNonNull(answerPrompt, "answerPrompt");
            return this;
        }

        /**
         * Sets whether kept contents are also cut down to their sentences related to the query; off by default.
         * See {@link S2AContentAggregator.Builder#dropIrrelevantSentences(boolean)}.
         *
         * @param dropIrrelevantSentences {@code true} to cut unrelated sentences out of kept contents
         * @return this builder
         */
        public Builder dropIrrelevantSentences(boolean dropIrrelevantSentences) {
            contents.dropIrrelevantSentences(dropIrrelevantSentences);
            return this;
        }

        /**
         * Sets whether the retrieval query keeps the regenerated context besides the question; on by default.
         * See {@link S2AQueryTransformer.Builder#includeContext(boolean)}.
         *
         * @param queryIncludesContext {@code false} to retrieve with the question alone
         * @return this builder
         */
        public Builder queryIncludesContext(boolean queryIncludesContext) {
            this.queryIncludesContext = queryIncludesContext;
            return this;
        }

        /**
         * Sets the executor the contents are regenerated on; yours to shut down. By default the chain owns a
         * pool of {@link #parallelism(int) parallelism} threads.
         *
         * @param executor the executor
         * @return this builder
         */
        public Builder executor(Executor executor) {
            contents.executor(executor);
            return this;
        }

        /**
         * Sets how many contents are regenerated at once on the pool the chain owns;
         * {@value S2AContentAggregator#DEFAULT_PARALLELISM} by default.
         *
         * @param parallelism the number of threads, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code parallelism} is less than 1
         */
        public Builder parallelism(int parallelism) {
            contents.parallelism(parallelism);
            return this;
        }

        /**
         * Builds the chain.
         *
         * @return the chain; {@link S2ARag#close() close} it when it owns its pool
         * @throws IllegalStateException if no regenerator, or neither a retriever nor a router, was set
         */
        public S2ARag build() {
            return new S2ARag(this);
        }
    }
}
