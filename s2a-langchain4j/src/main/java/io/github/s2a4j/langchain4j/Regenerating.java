package io.github.s2a4j.langchain4j;

import static java.util.Objects.requireNonNull;

import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.FailurePolicy;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.RegenerationRequest;
import io.github.s2a4j.core.S2AException;
import io.github.s2a4j.core.S2AListener;
import io.github.s2a4j.core.internal.RegenerationCache;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One S2A regeneration as every piece of this package makes it: the regenerator called, its failure turned
 * into the failure policy's outcome, the listener told. Regenerations of a user's text (requests without a
 * query) are reused from the cache, if there is one, so that the pieces of one chain regenerate a user turn
 * once between them. Immutable and thread-safe if the regenerator and the listener are.
 */
final class Regenerating {

    private static final Logger log = LoggerFactory.getLogger(Regenerating.class);

    /** Regenerations of user turns shared by the pieces of one chain: a turn needs its own only until answered. */
    static final int SHARED_CACHE_ENTRIES = 256;

    private static final long SHARED_CACHE_CHARS = 2_000_000L;

    private final ContextRegenerator regenerator;
    private final FailurePolicy failurePolicy;
    private final S2AListener listener;
    private final @Nullable RegenerationCache cache;

    Regenerating(
            ContextRegenerator regenerator,
            FailurePolicy failurePolicy,
            S2AListener listener,
            @Nullable RegenerationCache cache) {
        this.regenerator = requireNonNull(regenerator, "regenerator");
        this.failurePolicy = requireNonNull(failurePolicy, "failurePolicy");
        this.listener = requireNonNull(listener, "listener");
        this.cache = cache;
    }

    /** Regenerations that the pieces of one chain share, with a cache for the user's turn. */
    static Regenerating shared(ContextRegenerator regenerator, FailurePolicy failurePolicy, S2AListener listener) {
        return new Regenerating(
                regenerator, failurePolicy, listener, new RegenerationCache(SHARED_CACHE_ENTRIES, SHARED_CACHE_CHARS));
    }

    ContextRegenerator regenerator() {
        return regenerator;
    }

    FailurePolicy failurePolicy() {
        return failurePolicy;
    }

    /**
     * The regeneration of a request.
     *
     * @return the regeneration, or {@code null} when it failed and the policy falls back (the listener was told)
     * @throws S2AException if it failed and the policy is {@link FailurePolicy#THROW}
     */
    @Nullable RegeneratedContext regenerate(RegenerationRequest request) {
        RegenerationCache reusable = request.query() == null ? cache : null;
        if (reusable != null) {
            RegeneratedContext held = reusable.get(request.text());
            if (held != null) {
                log.debug("S2A reused the regeneration of a {}-char text", request.text().length());
                notify(held, true);
                return held;
            }
        }
        RegeneratedContext regenerated;
        try {
            regenerated = call(request);
        } catch (S2AException failure) {
            fail(request.text(), failure);
            return null;
        }
        if (reusable != null) {
            reusable.put(request.text(), regenerated);
        }
        log.debug("S2A regenerated {} into {} chars, {} removal(s)",
                request, regenerated.text().length(), regenerated.removed().size());
        log.trace("S2A regeneration of {} (query {}) -> {}", request.text(), request.query(), regenerated.text());
        notify(regenerated, false);
        return regenerated;
    }

    /**
     * Applies the failure policy to a failure that happened outside the regenerator (an executor that rejected
     * the work, an interrupted wait).
     *
     * @throws S2AException the failure, if the policy is {@link FailurePolicy#THROW}
     */
    void fail(String originalText, S2AException failure) {
        if (failurePolicy == FailurePolicy.THROW) {
            throw failure;
        }
        log.debug("S2A fell back to the original text: {}", failure.getMessage());
        try {
            listener.onFallback(originalText, failure);
        } catch (RuntimeException e) {
            log.warn("S2AListener.onFallback threw; ignored", e);
        }
    }

    private RegeneratedContext call(RegenerationRequest request) {
        RegeneratedContext regenerated;
        try {
            regenerated = regenerator.regenerate(request);
        } catch (S2AException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new S2AException("the regeneration failed: " + e, e);
        }
        if (regenerated == null) {
            throw new S2AException("the regenerator returned null");
        }
        if (regenerated.isEmpty()) {
            throw new S2AException("the regeneration has neither context nor question");
        }
        return regenerated;
    }

    private void notify(RegeneratedContext regenerated, boolean reused) {
        try {
            if (reused) {
                listener.onReused(regenerated);
            } else {
                listener.onRegenerated(regenerated);
            }
        } catch (RuntimeException e) {
            log.warn("S2AListener threw; ignored", e);
        }
    }

    @Override
    public String toString() {
        return "regenerator=" + regenerator + ", failurePolicy=" + failurePolicy;
    }
}
