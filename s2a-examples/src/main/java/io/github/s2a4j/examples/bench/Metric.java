package io.github.s2a4j.examples.bench;

/**
 * A column of the results table: a score each answer gets, and how it is summarised.
 *
 * @param key the name in the results file and the JSON report
 * @param label the column heading
 * @param kind a proportion of 0/1 scores or a mean of graded ones
 */
record Metric(String key, String label, Kind kind) {

    /** How a metric's scores are summarised, and its confidence interval computed. */
    enum Kind {
        /** Scores are 0 or 1; the share of 1s, with Wilson's interval; shown as a percentage. */
        PROPORTION,
        /** Scores are graded; their mean, with Student's t interval. */
        MEAN
    }

    static Metric proportion(String key, String label) {
        return new Metric(key, label, Kind.PROPORTION);
    }

    static Metric mean(String key, String label) {
        return new Metric(key, label, Kind.MEAN);
    }
}
