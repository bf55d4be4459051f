package io.github.s2a4j.core.internal;

import io.github.s2a4j.core.S2AException;
import java.util.concurrent.ExecutionException;

/** What the waits on work in another thread share. Stateless. */
public final class Tasks {

    private Tasks() {}

    /**
     * The failure behind a task's {@link ExecutionException}, to throw in the waiting thread: the task's own
     * unchecked exception, unchanged; an {@link Error} is thrown from here; any other cause is wrapped.
     *
     * <pre>{@code
     * catch (ExecutionException e) {
     *     throw Tasks.failure(e, "the regeneration");
     * }
     * }</pre>
     *
     * @param e what the wait threw
     * @param what the work, for the message of a wrapped cause: "the regeneration"
     * @return the exception to throw
     */
    public static RuntimeException failure(ExecutionException e, String what) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new S2AException(what + " failed: " + cause, cause);
    }
}
