package io.github.s2a4j.examples.bench;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.jspecify.annotations.Nullable;

/** What a failed model call means for a run: try again, give up on the item, or stop the run. */
final class Failures {

    private Failures() {}

    /**
     * Whether a failure may pass if the call is made again: HTTP 408, 429 and 5xx, timeouts, dropped connections.
     * Never other 4xx (a bad request, a wrong key), nor a server that cannot be reached at all.
     */
    static boolean isTransient(Throwable failure) {
        for (@Nullable Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof RetriableException) {
                return true;
            }
            if (e instanceof NonRetriableException || isUnreachable(e)) {
                return false;
            }
            if (e instanceof HttpException http) {
                int status = http.statusCode();
                return status == 408 || status == 429 || status >= 500;
            }
            if (e instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a failure is the run's configuration, so that every other call would fail the same way: a wrong
     * key, an unknown model, a server that cannot be reached.
     */
    static boolean isFatal(Throwable failure) {
        for (@Nullable Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof AuthenticationException || e instanceof ModelNotFoundException || isUnreachable(e)) {
                return true;
            }
            if (e instanceof HttpException http && (http.statusCode() == 401 || http.statusCode() == 403)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnreachable(Throwable e) {
        return e instanceof UnresolvedModelServerException
                || e instanceof ConnectException
                || e instanceof UnknownHostException;
    }

    /** One line for people: the failure's type and message, and its root cause's if different. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return root == failure ? first : first + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
