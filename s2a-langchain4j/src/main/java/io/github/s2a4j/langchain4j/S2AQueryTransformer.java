package io.github.s2a4j.langchain4j;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.FailurePolicy;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.RegenerationRequest;
import java.util.Collection;
import java.util.List;

/**
 * A {@link QueryTransformer} that takes the user's opinion or stance out of the query before retrieval, keeping
 * the information need: "I think it was Sunnyvale, but I'm not sure. Where was Sam Liccardo born?" retrieves
 * with "Where was Sam Liccardo born?", not with Sunnyvale.
 *
 * <pre>{@code
 * RetrievalAugmentor augmentor = DefaultRetrievalAugmentor.builder()
 *         .queryTransformer(S2AQueryTransformer.from(ContextRegenerator.llm(cheapModel)))
 *         .contentRetriever(contentRetriever)
 *         .build();
 * }</pre>
 *
 * <p><b>Composition.</b> The query's text is regenerated as a user's text (a {@link RegenerationRequest}
 * without query) and the one query returned is the regeneration's context and question, or its question alone
 * when {@link Builder#includeContext(boolean) includeContext} is off. The query's {@link Metadata} is kept, so
 * later steps still see the original chat message and memory. If the regeneration fails, the original query is
 * returned and the listener told (or {@code S2AException} thrown, per {@link FailurePolicy}). The listener
 * hears one {@code onRegenerated} per query, or {@code onReused} inside an {@link S2ARag} chain.
 *
 * <p>Immutable; thread-safe if the regenerator and the listener are.
 */
public final class S2AQueryTransformer implements QueryTransformer {

    private final Regenerating regenerating;
    private final boolean includeContext;

    private S2AQueryTransformer(Builder builder) {
        this.regenerating = builder.regenerating();
        this.includeContext = builder.includeContext;
    }

    /**
     * A transformer that regenerates queries with this regenerator and falls back to the original query.
     *
     * @param regenerator S2A's first step
     * @return the transformer
     */
    public static S2AQueryTransformer from(ContextRegenerator regenerator) {
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
     * The query without the user's opinion.
     *
     * @param query the query, as the user wrote it
     * @return one query: the regenerated one, or the original when the regeneration failed
     * @throws io.github.s2a4j.core.S2AException if the regeneration failed and the policy is
     *     {@link FailurePolicy#THROW}
     */
    @Override
    public Collection<Query> transform(Query query) {
        requireNonNull(query, "query");
        RegeneratedContext regenerated = regenerating.regenerate(RegenerationRequest.of(query.text()));
        if (regenerated == null) {
            return List.of(query);
        }
        String text = includeContext || regenerated.question().isBlank() ? regenerated.text() : regenerated.question();
        if (text.isBlank() || text.equals(query.text())) {
            return List.of(query);
        }
        Metadata metadata = query.metadata();
        return List.of(metadata == null ? Query.from(text) : Query.from(text, metadata));
    }

    @Override
    public String toString() {
        return "S2AQueryTransformer[" + regenerating + ", includeContext=" + includeContext + "]";
    }

    /** Builds {@link S2AQueryTransformer}s. Each setter validates its argument at once. Not thread-safe. */
    public static final class Builder extends RegeneratingBuilder<Builder> {

        private boolean includeContext = true;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets whether the query keeps the regenerated context (what the user told besides the question, such
         * as "I'm planning a trip to Lyon in May") or is the question alone; on by default. The question alone
         * suits retrievers that match short questions to passages best.
         *
         * @param includeContext {@code false} to retrieve with the question alone
         * @return this builder
         */
        public Builder includeContext(boolean includeContext) {
            this.includeContext = includeContext;
            return this;
        }

        /**
         * Builds the transformer.
         *
         * @return the transformer
         * @throws IllegalStateException if no regenerator was set
         */
        public S2AQueryTransformer build() {
            return new S2AQueryTransformer(this);
        }
    }
}
