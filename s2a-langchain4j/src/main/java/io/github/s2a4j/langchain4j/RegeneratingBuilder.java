package io.github.s2a4j.langchain4j;

import static java.util.Objects.requireNonNull;

import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.FailurePolicy;
import io.github.s2a4j.core.S2AListener;
import org.jspecify.annotations.Nullable;

/**
 * The settings every piece of this package shares: the regenerator, the failure policy and the listener. Each
 * setter validates its argument at once. Not thread-safe.
 *
 * @param <B> the concrete builder
 */
abstract class RegeneratingBuilder<B extends RegeneratingBuilder<B>> {

    private @Nullable ContextRegenerator regenerator;
    private FailurePolicy failurePolicy = FailurePolicy.FALL_BACK;
    private S2AListener listener = S2AListener.NO_OP;
    private @Nullable Regenerating shared;

    RegeneratingBuilder() {}

    abstract B self();

    /**
     * Sets S2A's first step (required): {@code ContextRegenerator.llm(model)} for the paper's, or any other.
     *
     * @param regenerator the regenerator
     * @return this builder
     */
    public B regenerator(ContextRegenerator regenerator) {
        this.regenerator = requireNonNull(regenerator, "regenerator");
        return self();
    }

    /**
     * Sets what a failed regeneration does; {@link FailurePolicy#FALL_BACK} by default, which does what the
     * plain chain would have done.
     *
     * @param failurePolicy the policy
     * @return this builder
     */
    public B failurePolicy(FailurePolicy failurePolicy) {
        this.failurePolicy = requireNonNull(failurePolicy, "failurePolicy");
        return self();
    }

    /**
     * Sets the listener told about every regeneration and fallback; none by default.
     *
     * @param listener the listener
     * @return this builder
     */
    public B listener(S2AListener listener) {
        this.listener = requireNonNull(listener, "listener");
        return self();
    }

    /** Uses the regenerations of a whole chain instead of the settings above; for {@link S2ARag}. */
    B regenerating(Regenerating shared) {
        this.shared = shared;
        return self();
    }

    /**
     * Regenerations for the pieces of a whole chain to share, with a cache for the user's turn.
     *
     * @throws IllegalStateException if no regenerator was set
     */
    Regenerating sharedRegenerating() {
        if (regenerator == null) {
            throw new IllegalStateException("regenerator is required");
        }
        return Regenerating.shared(regenerator, failurePolicy, listener);
    }

    /**
     * The regenerations to use.
     *
     * @throws IllegalStateException if no regenerator was set
     */
    Regenerating regenerating() {
        if (shared != null) {
            return shared;
        }
        if (regenerator == null) {
            throw new IllegalStateException("regenerator is required");
        }
        return new Regenerating(regenerator, failurePolicy, listener, null);
    }
}
