package io.github.s2a4j.core.internal;

import static java.util.Objects.requireNonNull;

import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.RegenerationRequest;
import io.github.s2a4j.core.S2AException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A regenerator with a deadline: past it, the regeneration is interrupted and an {@link S2AException} says so,
 * so that the decorator's failure policy applies. The regeneration runs on a worker thread while the caller
 * waits for at most the time limit. Thread-safe if the wrapped regenerator is.
 */
public final class TimeLimitedRegenerator implements ContextRegenerator {

    private final ContextRegenerator delegate;
    private final Duration limit;
    private final Executor executor;

    /**
     * Limits a regenerator's time.
     *
     * @param delegate the regenerator
     * @param limit the time limit, positive
     * @param executor where regenerations run; {@link #sharedExecutor()} unless the caller has its own
     */
    public TimeLimitedRegenerator(ContextRegenerator delegate, Duration limit, Executor executor) {
        this.delegate = requireNonNull(delegate, "delegate");
        this.limit = requireNonNull(limit, "limit");
        this.executor = requireNonNull(executor, "executor");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }

    @Override
    public RegeneratedContext regenerate(RegenerationRequest request) {
        requireNonNull(request, "request");
        FutureTask<RegeneratedContext> task = new FutureTask<>(() -> delegate.regenerate(request));
        executor.execute(task);
        try {
            return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new S2AException("the regeneration took longer than its time limit of " + limit, e);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new S2AException("interrupted while waiting for the regeneration", e);
        } catch (ExecutionException e) {
            throw Tasks.failure(e, "the regeneration");
        }
    }

    /**
     * The executor regenerations with a time limit run on by default: daemon threads, created as needed and
     * ended after 30 idle seconds, so an idle application holds none.
     *
     * @return the shared executor
     */
    public static Executor sharedExecutor() {
        return Shared.EXECUTOR;
    }

    @Override
    public String toString() {
        return delegate + " within " + limit;
    }

    private static final class Shared {

        static final ExecutorService EXECUTOR = create();

        private static ExecutorService create() {
            AtomicInteger count = new AtomicInteger();
            ThreadFactory factory = runnable -> {
                Thread thread = new Thread(runnable, "s2a-regeneration-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
            // One thread per waiting caller (each waits for its own task, so queueing would only eat into its
            // deadline); threads end after 30 idle seconds.
            return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), factory);
        }
    }
}
