package io.github.s2a4j.examples.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an answer scored: a value per metric key (a metric without a value could not be scored, such as a judge
 * reply without a score), and details for people reading the results file (an extracted answer, a judge's reply).
 *
 * @param values the scores by metric key
 * @param details notes by name
 */
record Scores(Map<String, Double> values, Map<String, String> details) {

    Scores {
        values = Map.copyOf(values);
        details = Map.copyOf(details);
    }

    /** A mutable builder that keeps insertion order until built. */
    static final class Builder {
        private final Map<String, Double> values = new LinkedHashMap<>();
        private final Map<String, String> details = new LinkedHashMap<>();

        Builder value(String key, double value) {
            values.put(key, value);
            return this;
        }

        Builder detail(String key, String detail) {
            details.put(key, detail);
            return this;
        }

        Scores build() {
            return new Scores(values, details);
        }
    }
}
