package io.github.s2a4j.core.internal;

import static java.util.Objects.requireNonNull;

import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.FailurePolicy;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.RegenerationRequest;
import io.github.s2a4j.core.S2AException;
import io.github.s2a4j.core.S2AListener;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One S2A regeneration as the decorators and the RAG pieces make it: reused from the cache where it is held,
 * else the regenerator called and its result checked, a failure turned into the failure policy's outcome, and
 * the listener told either way.
 *
 * <p>A failure falls back (the caller sends the original) unless the policy is {@link FailurePolicy#THROW}, or
 * the calling thread was interrupted: a cancelled call must not go on to the answering model, so it fails with
 * an {@link S2AException} and keeps its interrupt status. Only regenerations of a user's text (requests without a
 * query) are cached. Immutable and thread-safe if the regenerator and the listener are.
 */
public final class Regeneration {

    private static final Logger log = LoggerFactory.getLogger(Regeneration.class);

    /** The regenerations that failed in the current {@link #withinTurn} scope of this thread. */
    private static final ThreadLocal<@Nullable Set<Failed>> FAILED_THIS_TURN = new ThreadLocal<>();

    private final ContextRegenerator regenerator;
    private final FailurePolicy failurePolicy;
    private final S2AListener listener;
    private final @Nullable RegenerationCache cache;

    /**
     * A regeneration.
     *
     * @param regenerator S2A's first step
     * @param failurePolicy what a failure does
     * @param listener told about every regeneration, reuse and failure
     * @param cache regenerations of users' texts to reuse, or {@code null} for none
     */
    public Regeneration(
            ContextRegenerator regenerator,
            FailurePolicy failurePolicy,
            S2AListener listener,
            @Nullable RegenerationCache cache) {
        this.regenerator = requireNonNull(regenerator, "regenerator");
        this.failurePolicy = requireNonNull(failurePolicy, "failurePolicy");
        this.listener = requireNonNull(listener, "listener");
        this.cache = cache;
    }

    /**
     * The regeneration of a request.
     *
     * @param request what to regenerate
     * @return the regeneration and whether it was reused, or {@code null} when it failed and falls back (the
     *     listener was told)
     * @throws S2AException if it failed and the policy is {@link FailurePolicy#THROW}, or the thread was
     *     interrupted
     */
    public @Nullable Outcome regenerate(RegenerationRequest request) {
        String text = request.text();
        RegenerationCache reusable = request.query() == null ? cache : null;
        RegeneratedContext held = reusable == null ? null : reusable.get(text);
        if (held != null) {
            log.debug("S2A reused the regeneration of a {}-char text", text.length());
            notify(listener::onReused, held);
            return new Outcome(held, true);
        }
        Set<Failed> failed = FAILED_THIS_TURN.get();
        if (failed != null && request.query() == null && failed.contains(new Failed(this, text))) {
            return null; // failed a moment ago in this turn, and the listener was told then
        }
        RegeneratedContext regenerated;
        try {
            regenerated = checked(request);
        } catch (S2AException failure) {
            if (failed != null && request.query() == null) {
                failed.add(new Failed(this, text));
            }
            fail(text, failure);
            return null;
        }
        if (reusable != null) {
            reusable.put(text, regenerated);
        }
        if (log.isDebugEnabled()) {
            log.debug("S2A regenerated {} into {} chars", request, regenerated.text().length());
        }
        if (log.isTraceEnabled()) {
            log.trace("S2A regeneration of {} (query {}) -> {}", text, request.query(), regenerated.text());
        }
        notify(listener::onRegenerated, regenerated);
        return new Outcome(regenerated, false);
    }

    /**
     * The regeneration of a user's text, if the cache holds it; tells no one.
     *
     * @param text the user's text
     * @return the held regeneration, or {@code null}
     */
    public @Nullable RegeneratedContext cached(String text) {
        return cache == null ? null : cache.get(text);
    }

    /**
     * Applies the failure policy to a failure, including one that happened outside the regenerator (an executor
     * that rejected the work, an interrupted wait): tells the listener, then returns to fall back or throws.
     *
     * @param originalText the text whose regeneration failed
     * @param failure what went wrong
     * @throws S2AException the failure, if the policy is {@link FailurePolicy#THROW} or the thread is interrupted
     */
    public void fail(String originalText, S2AException failure) {
        boolean interrupted = Thread.currentThread().isInterrupted();
        if (failurePolicy == FailurePolicy.THROW || interrupted) {
            if (interrupted && failurePolicy != FailurePolicy.THROW) {
                // Say why a policy of falling back did not: the call is being cancelled.
                Throwable cause = failure.getCause();
                failure = new S2AException("interrupted, so the call stops instead of falling back: "
                        + failure.getMessage(), cause != null ? cause : failure);
            }
            log.debug("S2A failed: {}", failure.getMessage());
            try {
                listener.onFailure(originalText, failure);
            } catch (RuntimeException e) {
                log.warn("S2AListener.onFailure threw; ignored", e);
            }
            throw failure;
        }
        log.debug("S2A fell back to the original text: {}", failure.getMessage());
        try {
            listener.onFallback(originalText, failure);
        } catch (RuntimeException e) {
            log.warn("S2AListener.onFallback threw; ignored", e);
        }
    }

    /**
     * Runs work that regenerates a user's turn in several steps (a RAG chain's query, then its prompt), so that a
     * text whose regeneration failed in one step is not tried again, nor reported again, in the next.
     *
     * @param work the turn's work
     * @param <T> its result
     * @return its result
     */
    public <T> T withinTurn(Supplier<T> work) {
        if (FAILED_THIS_TURN.get() != null) {
            return work.get();
        }
        FAILED_THIS_TURN.set(new HashSet<>());
        try {
            return work.get();
        } finally {
            FAILED_THIS_TURN.remove();
        }
    }

    /** Tells the listener that a request had nothing to regenerate. */
    public void skip(String reason) {
        log.debug("S2A passed the request through: {}", reason);
        try {
            listener.onSkipped(reason);
        } catch (RuntimeException e) {
            log.warn("S2AListener.onSkipped threw; ignored", e);
        }
    }

    /**
     * The regenerator.
     *
     * @return S2A's first step
     */
    public ContextRegenerator regenerator() {
        return regenerator;
    }

    /**
     * The failure policy.
     *
     * @return what a failure does
     */
    public FailurePolicy failurePolicy() {
        return failurePolicy;
    }

    private RegeneratedContext checked(RegenerationRequest request) {
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

    private static void notify(Consumer<RegeneratedContext> event, RegeneratedContext regenerated) {
        try {
            event.accept(regenerated);
        } catch (RuntimeException e) {
            log.warn("S2AListener threw; ignored", e);
        }
    }

    @Override
    public String toString() {
        return "regenerator=" + regenerator + ", failurePolicy=" + failurePolicy;
    }

    /** A text whose regeneration by this instance failed; identity of the instance, equality of the text. */
    private record Failed(Regeneration owner, String text) {}

    /**
     * A regeneration and where it came from.
     *
     * @param regenerated the regeneration
     * @param reused whether it came from the cache rather than a regenerator call
     */
    public record Outcome(RegeneratedContext regenerated, boolean reused) {}
}
