package io.github.s2a4j.core.internal;

import io.github.s2a4j.core.RegeneratedContext;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * A bounded, least-recently-used map from a user's text to its regeneration.
 *
 * <p>It is what lets AiServices' tool rounds and resent conversation history reuse a turn's regeneration
 * instead of paying for another. Bounded twice: by entries and by the characters held (the key, the
 * regeneration's context and question, and the text of its removals), so a few huge texts cannot hold on to the
 * heap. A lock guards the map; the regeneration itself is never computed under it. Thread-safe.
 *
 * <p>A {@link LinkedHashMap} in access order under one lock is all it takes: one lookup or insertion per chat
 * call, next to a model call of milliseconds to seconds, so neither lock contention nor the eviction policy's
 * finesse (frequency sketches, as in Caffeine) would show.
 */
public final class RegenerationCache {

    private final int maxEntries;
    private final long maxChars;
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<String, RegeneratedContext> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long chars;

    /**
     * A cache of at most {@code maxEntries} regenerations and {@code maxChars} characters.
     *
     * @param maxEntries the most regenerations kept, at least 1
     * @param maxChars the most characters kept, at least 1
     */
    public RegenerationCache(int maxEntries, long maxChars) {
        if (maxEntries < 1 || maxChars < 1) {
            throw new IllegalArgumentException("maxEntries and maxChars must be at least 1");
        }
        this.maxEntries = maxEntries;
        this.maxChars = maxChars;
    }

    /**
     * The regeneration of a text, if it is still held; marks it as recently used.
     *
     * @param text the user's text
     * @return its regeneration, or {@code null}
     */
    public @Nullable RegeneratedContext get(String text) {
        lock.lock();
        try {
            return entries.get(text);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Holds a regeneration, evicting the least recently used ones beyond the bounds. A regeneration larger than
     * the whole character budget is not held.
     *
     * @param text the user's text
     * @param regenerated its regeneration
     */
    public void put(String text, RegeneratedContext regenerated) {
        long weight = weight(text, regenerated);
        if (weight > maxChars) {
            return;
        }
        lock.lock();
        try {
            RegeneratedContext previous = entries.put(text, regenerated);
            if (previous != null) {
                chars -= weight(text, previous);
            }
            chars += weight;
            Iterator<Map.Entry<String, RegeneratedContext>> eldest = entries.entrySet().iterator();
            while ((entries.size() > maxEntries || chars > maxChars) && eldest.hasNext()) {
                Map.Entry<String, RegeneratedContext> entry = eldest.next();
                chars -= weight(entry.getKey(), entry.getValue());
                eldest.remove();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * How many regenerations are held.
     *
     * @return the number of entries
     */
    public int size() {
        lock.lock();
        try {
            return entries.size();
        } finally {
            lock.unlock();
        }
    }

    private static long weight(String text, RegeneratedContext regenerated) {
        // The key and the original are usually the same string; the removals are parts of the original, so they
        // weigh at most as much again. Counted as that bound, so that removals worked out lazily stay lazy.
        return 2L * text.length() + regenerated.context().length() + regenerated.question().length();
    }
}
