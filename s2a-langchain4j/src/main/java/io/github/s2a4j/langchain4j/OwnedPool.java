package io.github.s2a4j.langchain4j;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of daemon threads that a piece of this package owns: they start on demand, end after a few
 * idle seconds, and are all gone once {@link #close()} returns, the threads themselves included, not only the
 * pool's bookkeeping. Work queues without bound beyond the threads; the callers who queue it are waiting for it.
 * Thread-safe.
 */
final class OwnedPool implements Executor, AutoCloseable {

    /** How long an idle thread waits for work before it ends. */
    private static final long IDLE_SECONDS = 5;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ThreadPoolExecutor executor;
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final int size;

    OwnedPool(String name, int size) {
        this.size = size;
        String prefix = name + "-" + POOLS.incrementAndGet() + "-";
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(size, size, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    // Threads that ended idle are forgotten here, so the set stays near the pool's size. Not "not
                    // alive": a thread another call just made is not alive until the pool starts it.
                    threads.removeIf(thread -> thread.getState() == Thread.State.TERMINATED);
                    Thread thread = new Thread(task, prefix + count.incrementAndGet());
                    thread.setDaemon(true);
                    threads.add(thread);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
    }

    @Override
    public void execute(Runnable command) {
        executor.execute(command);
    }

    /**
     * Lets the work under way and queued finish, then waits until every thread has ended, as
     * {@code ExecutorService.close()} does on later JDKs. If interrupted, it stops the work instead, still waits
     * for the threads, and keeps the interrupt status. Idempotent.
     */
    @Override
    public void close() {
        executor.shutdown();
        boolean interrupted = false;
        while (!executor.isTerminated()) {
            try {
                executor.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                if (!interrupted) {
                    executor.shutdownNow();
                    interrupted = true;
                }
            }
        }
        // A terminated pool's last threads may still be on their way out; wait for them too.
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        threads.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "own pool of " + size + " threads";
    }
}
