package io.github.s2a4j.examples.bench;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How transient failures are retried: up to {@code maxRetries} more attempts, the n-th after a delay of
 * {@code initialDelay * 2^(n-1)}, capped at {@code maxDelay}, of which a random half is jitter (so that workers
 * that hit a 429 together do not come back together).
 *
 * @param maxRetries attempts after the first, at least 0
 * @param initialDelay the delay before the first retry
 * @param maxDelay the longest delay
 * @param sleeper how the delay is waited
 * @param jitter random numbers in [0, 1]; 1 always waits the full delay
 */
record Retry(int maxRetries, Duration initialDelay, Duration maxDelay, Sleeper sleeper, DoubleSupplier jitter) {

    Retry {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be at least 0, was " + maxRetries);
        }
        requireNonNull(initialDelay, "initialDelay");
        requireNonNull(maxDelay, "maxDelay");
        requireNonNull(sleeper, "sleeper");
        requireNonNull(jitter, "jitter");
    }

    /** The delay before retry number {@code retry} (1 for the first), before jitter. */
    Duration backoff(int retry) {
        Duration delay = initialDelay.multipliedBy(1L << Math.min(retry - 1, 30));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Waits before retry number {@code retry}. */
    void pause(int retry) throws InterruptedException {
        Duration full = backoff(retry);
        double fraction = 0.5 + 0.5 * Math.min(1.0, Math.max(0.0, jitter.getAsDouble()));
        sleeper.sleep(Duration.ofNanos(Math.round(full.toNanos() * fraction)));
    }
}
