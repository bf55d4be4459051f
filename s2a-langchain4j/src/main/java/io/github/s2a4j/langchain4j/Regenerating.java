package io.github.s2a4j.langchain4j;

import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.FailurePolicy;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.RegenerationRequest;
import io.github.s2a4j.core.S2AException;
import io.github.s2a4j.core.S2AListener;
import io.github.s2a4j.core.internal.Regeneration;
import io.github.s2a4j.core.internal.RegenerationCache;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One S2A regeneration as every piece of this package makes it: the decorators' {@link Regeneration} (cache,
 * checks, failure policy, listener), seen as a regeneration or {@code null} for a fallback. Regenerations of a
 * user's text are reused from the cache, if there is one, so that the pieces of one chain regenerate a user turn
 * once between them. Immutable and thread-safe if the regenerator and the listener are.
 */
final class Regenerating {

    /** Regenerations of user turns shared by the pieces of one chain: a turn needs its own only until answered. */
    static final int SHARED_CACHE_ENTRIES = 256;

    private static final long SHARED_CACHE_CHARS = 2_000_000L;

    private final Regeneration regeneration;

    Regenerating(
            ContextRegenerator regenerator,
            FailurePolicy failurePolicy,
            S2AListener listener,
            @Nullable RegenerationCache cache) {
        this.regeneration = new Regeneration(regenerator, failurePolicy, listener, cache);
    }

    /** Regenerations that the pieces of one chain share, with a cache for the user's turn. */
    static Regenerating shared(ContextRegenerator regenerator, FailurePolicy failurePolicy, S2AListener listener) {
        return new Regenerating(
                regenerator, failurePolicy, listener, new RegenerationCache(SHARED_CACHE_ENTRIES, SHARED_CACHE_CHARS));
    }

    ContextRegenerator regenerator() {
        return regeneration.regenerator();
    }

    FailurePolicy failurePolicy() {
        return regeneration.failurePolicy();
    }

    /**
     * The regeneration of a request.
     *
     * @return the regeneration, or {@code null} when it failed and the policy falls back (the listener was told)
     * @throws S2AException if it failed and the policy is {@link FailurePolicy#THROW}
     */
    @Nullable RegeneratedContext regenerate(RegenerationRequest request) {
        Regeneration.Outcome outcome = regeneration.regenerate(request);
        return outcome == null ? null : outcome.regenerated();
    }

    /**
     * Applies the failure policy to a failure that happened outside the regenerator (an executor that rejected
     * the work, an interrupted wait).
     *
     * @throws S2AException the failure, if the policy is {@link FailurePolicy#THROW}
     */
    void fail(String originalText, S2AException failure) {
        regeneration.fail(originalText, failure);
    }

    /** Runs one turn's steps so that a user text whose regeneration failed is not tried again in the same turn. */
    <T> T withinTurn(Supplier<T> work) {
        return regeneration.withinTurn(work);
    }

    @Override
    public String toString() {
        return regeneration.toString();
    }
}
