package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.chat.ChatModel;
import io.github.s2a4j.core.internal.RegenerationCache;
import io.github.s2a4j.core.internal.S2AEngine;
import io.github.s2a4j.core.internal.TimeLimitedRegenerator;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The settings both decorators share. Each setter validates its argument at once. Not thread-safe.
 *
 * @param <B> the concrete builder
 */
abstract class S2ABuilder<B extends S2ABuilder<B>> {

    /** Regenerations kept for reuse by default. */
    static final int DEFAULT_CACHE_SIZE = 1_000;

    /** Characters the cache holds at most by default, whatever its size: about 16 MB of text. */
    static final long DEFAULT_CACHE_MAX_CHARS = 8_000_000L;

    private @Nullable ContextRegenerator regenerator;
    private @Nullable ChatModel regenerationModel;
    private AnswerPrompt answerPrompt = AnswerPrompt.instructed();
    private FailurePolicy failurePolicy = FailurePolicy.FALL_BACK;
    private S2AListener listener = S2AListener.NO_OP;
    private int cacheSize = DEFAULT_CACHE_SIZE;
    private @Nullable Duration regenerationTimeout;
    private long cacheMaxChars = DEFAULT_CACHE_MAX_CHARS;

    S2ABuilder() {}

    abstract B self();

    /**
     * Sets S2A's first step. By default the paper's {@link ContextRegenerator#llm(ChatModel) llm} regenerator,
     * on the {@link #regenerationModel(ChatModel) regeneration model} if one is set, else on the delegate.
     *
     * @param regenerator the regenerator
     * @return this builder
     */
    public B regenerator(ContextRegenerator regenerator) {
        this.regenerator = requireNonNull(regenerator, "regenerator");
        return self();
    }

    /**
     * Sets a separate, typically cheaper, model for the paper's regeneration; the delegate still answers.
     * Not to be combined with {@link #regenerator(ContextRegenerator)}.
     *
     * @param regenerationModel the model that regenerates
     * @return this builder
     */
    public B regenerationModel(ChatModel regenerationModel) {
        this.regenerationModel = requireNonNull(regenerationModel, "regenerationModel");
        return self();
    }

    /**
     * Sets S2A's second step; {@link AnswerPrompt#instructed()} by default.
     *
     * @param answerPrompt the form of the answering turn
     * @return this builder
     */
    public B answerPrompt(AnswerPrompt answerPrompt) {
        this.answerPrompt = requireNonNull(answerPrompt, "answerPrompt");
        return self();
    }

    /**
     * Sets what a failed regeneration does; {@link FailurePolicy#FALL_BACK} by default.
     *
     * @param failurePolicy the policy
     * @return this builder
     */
    public B failurePolicy(FailurePolicy failurePolicy) {
        this.failurePolicy = requireNonNull(failurePolicy, "failurePolicy");
        return self();
    }

    /**
     * Sets the listener told about every user turn; none by default.
     *
     * @param listener the listener
     * @return this builder
     */
    public B listener(S2AListener listener) {
        this.listener = requireNonNull(listener, "listener");
        return self();
    }

    /**
     * Sets how many regenerations are kept for reuse, by tool rounds, resent conversation history and repeated
     * text; {@value #DEFAULT_CACHE_SIZE} by default. The least recently used go first. Each turn of a live
     * conversation needs one entry for as long as the conversation resends it, so size the cache for the
     * conversations you serve at once times their turns.
     *
     * @param cacheSize the most regenerations kept, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code cacheSize} is less than 1
     */
    public B cacheSize(int cacheSize) {
        if (cacheSize < 1) {
            throw new IllegalArgumentException("cacheSize must be at least 1, was " + cacheSize);
        }
        this.cacheSize = cacheSize;
        return self();
    }

    /**
     * Sets a time limit for the regeneration; past it the regeneration is interrupted and the failure policy
     * applies (by default the original request is answered). None by default. With a limit, regenerations run
     * on a shared pool of daemon threads while the calling thread waits.
     *
     * @param regenerationTimeout the time limit, positive
     * @return this builder
     * @throws IllegalArgumentException if the limit is zero or negative
     */
    public B regenerationTimeout(Duration regenerationTimeout) {
        requireNonNull(regenerationTimeout, "regenerationTimeout");
        if (regenerationTimeout.isNegative() || regenerationTimeout.isZero()) {
            throw new IllegalArgumentException("regenerationTimeout must be positive, was " + regenerationTimeout);
        }
        this.regenerationTimeout = regenerationTimeout;
        return self();
    }

    /**
     * Sets how many characters of text the cache holds at most, counting each entry's original, context,
     * question and removed parts; {@value #DEFAULT_CACHE_MAX_CHARS} (about 16 MB) by default. The least recently
     * used entries go first when either bound is reached; a regeneration larger than the whole budget is not
     * kept.
     *
     * @param cacheMaxChars the most characters held, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code cacheMaxChars} is less than 1
     */
    public B cacheMaxChars(long cacheMaxChars) {
        if (cacheMaxChars < 1) {
            throw new IllegalArgumentException("cacheMaxChars must be at least 1, was " + cacheMaxChars);
        }
        this.cacheMaxChars = cacheMaxChars;
        return self();
    }

    /** The engine for a decorator whose default regeneration model is {@code fallbackModel}. */
    S2AEngine engine(ChatModel defaultRegenerationModel) {
        if (regenerator != null && regenerationModel != null) {
            throw new IllegalStateException("set either regenerator or regenerationModel, not both");
        }
        ContextRegenerator first = regenerator != null
                ? regenerator
                : ContextRegenerator.llm(regenerationModel != null ? regenerationModel : defaultRegenerationModel);
        if (regenerationTimeout != null) {
            first = new TimeLimitedRegenerator(first, regenerationTimeout, TimeLimitedRegenerator.sharedExecutor());
        }
        return new S2AEngine(
                first, answerPrompt, failurePolicy, listener, new RegenerationCache(cacheSize, cacheMaxChars));
    }

    /** A description of the settings for {@code toString}. */
    String describe() {
        return "regenerator=" + (regenerator != null ? regenerator : "llm") + ", failurePolicy=" + failurePolicy;
    }
}
