package io.github.s2a4j.core;

/**
 * What a decorator does when the regeneration fails: the regeneration model throws, or answers with nothing
 * usable.
 */
public enum FailurePolicy {

    /**
     * Send the user's original request to the answering model, untouched, and tell the
     * {@link S2AListener#onFallback listener} why. The default: S2A never makes a call fail that would have
     * worked without it. One exception: when the calling thread was interrupted, the call is being cancelled and
     * must not go on to the answering model, so it fails as under {@link #THROW}, interrupt status kept.
     */
    FALL_BACK,

    /** Fail the call with an {@link S2AException} whose cause is the original failure. */
    THROW
}
