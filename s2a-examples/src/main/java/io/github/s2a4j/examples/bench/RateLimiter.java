package io.github.s2a4j.examples.bench;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces the starts of model calls evenly, across all threads: at most {@code perSecond} a second, with no burst.
 * Each caller reserves the next free slot under a lock and sleeps outside it. Thread-safe.
 */
final class RateLimiter {

    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private long nextSlot;
    private boolean started;

    private RateLimiter(long intervalNanos, LongSupplier nanoClock, Sleeper sleeper) {
        this.intervalNanos = intervalNanos;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    /** A limiter that never waits. */
    static RateLimiter unlimited() {
        return new RateLimiter(0, System::nanoTime, Sleeper.SYSTEM);
    }

    /**
     * A limiter of {@code perSecond} calls a second; fractions allowed ({@code 0.5} is one call every 2 s).
     *
     * @throws IllegalArgumentException if {@code perSecond} is not positive
     */
    static RateLimiter perSecond(double perSecond, LongSupplier nanoClock, Sleeper sleeper) {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("perSecond must be positive, was " + perSecond);
        }
        return new RateLimiter(Math.max(1, Math.round(1e9 / perSecond)), nanoClock, sleeper);
    }

    /** Waits for the next free slot. */
    void acquire() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = nanoClock.getAsLong();
            long slot = started ? Math.max(now, nextSlot) : now;
            started = true;
            nextSlot = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }

    @Override
    public String toString() {
        return intervalNanos == 0 ? "RateLimiter[unlimited]" : "RateLimiter[" + 1e9 / intervalNanos + "/s]";
    }
}
