package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A regeneration that failed or produced nothing usable.
 *
 * <p>Thrown by {@link ContextRegenerator}s when the regeneration model's answer cannot be used, and by the
 * decorators when {@link FailurePolicy#THROW} is configured. Under the default {@link FailurePolicy#FALL_BACK}
 * it is never thrown to the caller: it reaches {@link S2AListener#onFallback} instead. Exceptions of the
 * answering model are never wrapped in it.
 */
public final class S2AException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that says what went wrong.
     *
     * @param message what went wrong
     */
    public S2AException(String message) {
        super(requireNonNull(message, "message"));
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message what went wrong
     * @param cause the underlying failure, such as the regeneration model's exception
     */
    public S2AException(String message, @Nullable Throwable cause) {
        super(requireNonNull(message, "message"), cause);
    }
}
