package io.github.s2a4j.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The fidelity figures of DESIGN.md, section 5, accumulated record by record. Not thread-safe.
 */
final class EvalScore {

    private int records;
    private int withDrop;
    private int dropped;
    private int notKept;
    private int clean;
    private double millis;

    /**
     * Counts one record.
     *
     * @param record the case
     * @param regenerated the regenerated text, context and question together
     * @param elapsedMillis how long the regeneration took
     */
    void add(EvalRecord record, String regenerated, double elapsedMillis) {
        boolean wasDropped = record.dropped(regenerated);
        boolean wasKept = record.kept(regenerated);
        records++;
        if (!record.drop().isEmpty()) {
            withDrop++;
            if (wasDropped) {
                dropped++;
            }
        }
        if (!wasKept) {
            notKept++;
        }
        if (wasDropped && wasKept) {
            clean++;
        }
        millis += elapsedMillis;
    }

    int records() {
        return records;
    }

    /** Share of the records with spans to drop that dropped them all; NaN when no record has any. */
    double dropRecall() {
        return withDrop == 0 ? Double.NaN : (double) dropped / withDrop;
    }

    double keepLoss() {
        return records == 0 ? Double.NaN : (double) notKept / records;
    }

    double clean() {
        return records == 0 ? Double.NaN : (double) clean / records;
    }

    double msPerRecord() {
        return records == 0 ? Double.NaN : millis / records;
    }

    /** The figures as JSON, in the format's order; a figure with nothing to count is null. */
    ObjectNode toJson(ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        node.put("records", records);
        put(node, "drop_recall", dropRecall(), 4);
        put(node, "keep_loss", keepLoss(), 4);
        put(node, "clean", clean(), 4);
        put(node, "ms_per_record", msPerRecord(), 2);
        return node;
    }

    private static void put(ObjectNode node, String name, double value, int scale) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP));
        }
    }

    /** One row of the Markdown table. */
    String row(String task) {
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |", task, records, format(dropRecall(), 3),
                format(keepLoss(), 3), format(clean(), 3), format(msPerRecord(), 1));
    }

    private static String format(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
