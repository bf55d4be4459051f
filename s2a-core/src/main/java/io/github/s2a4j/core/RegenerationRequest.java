package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ContextRegenerator} is asked to regenerate: the user's text and, where the question lives
 * elsewhere (a retrieved passage judged against the user's query), that query.
 *
 * <p>A context object rather than bare arguments, so that regenerators keep compiling as inputs are added.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * RegenerationRequest plain = RegenerationRequest.of("I think it's Paris. What is the capital of France?");
 * RegenerationRequest passage = RegenerationRequest.builder()
 *         .text(retrievedPassage)
 *         .query("When was the Eiffel Tower built?")
 *         .build();
 * }</pre>
 */
public final class RegenerationRequest {

    private final String text;
    private final @Nullable String query;

    private RegenerationRequest(String text, @Nullable String query) {
        this.text = text;
        this.query = query;
    }

    /**
     * A request to regenerate the user's text, whose question is part of the text.
     *
     * @param text the user's text
     * @return the request
     */
    public static RegenerationRequest of(String text) {
        return builder().text(text).build();
    }

    /**
     * A builder for requests with more than the text.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The text to regenerate.
     *
     * @return the user's text, never {@code null}
     */
    public String text() {
        return text;
    }

    /**
     * The question the text is judged against when it is not part of the text itself, as for retrieved
     * content in a RAG chain.
     *
     * @return the query, or {@code null} when the question is in {@link #text()}
     */
    public @Nullable String query() {
        return query;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RegenerationRequest that && text.equals(that.text) && Objects.equals(query, that.query);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, query);
    }

    @Override
    public String toString() {
        // The text is user data: only its size goes into logs and exception messages.
        return "RegenerationRequest[text=" + text.length() + " chars" + (query == null ? "" : ", query=" + query.length() + " chars") + "]";
    }

    /** Builds {@link RegenerationRequest}s. Not thread-safe. */
    public static final class Builder {

        private @Nullable String text;
        private @Nullable String query;

        private Builder() {}

        /**
         * Sets the text to regenerate (required).
         *
         * @param text the user's text
         * @return this builder
         */
        public Builder text(String text) {
            this.text = requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets the query the text is judged against (optional).
         *
         * @param query the query, or {@code null} for none
         * @return this builder
         */
        public Builder query(@Nullable String query) {
            this.query = query;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws IllegalStateException if no text was set
         */
        public RegenerationRequest build() {
            if (text == null) {
                throw new IllegalStateException("text is required");
            }
            return new RegenerationRequest(text, query);
        }
    }
}
