package io.github.s2a4j.examples.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits: the one seam through which the bench's backoff and rate limit pass time, so tests need not. */
@FunctionalInterface
interface Sleeper {

    /** Sleeps on the calling thread. */
    Sleeper SYSTEM = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

    /**
     * Waits for a while.
     *
     * @param duration how long, positive
     * @throws InterruptedException if the thread is interrupted meanwhile
     */
    void sleep(Duration duration) throws InterruptedException;
}
