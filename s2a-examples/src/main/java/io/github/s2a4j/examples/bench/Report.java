package io.github.s2a4j.examples.bench;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The results in the paper's shape: a table per task (and source dataset or distractor kind), a row per method,
 * each metric with n and its 95% confidence interval, the gain over the baseline, and what each method costs in
 * calls and tokens per item. Rendered as Markdown for people and JSON for programs.
 */
final class Report {

    /**
     * A table of the report.
     *
     * @param task the task's name
     * @param group the item group
     * @param metrics the task's metrics, the first compared with the baseline
     */
    record Section(String task, String group, List<Metric> metrics) {}

    /**
     * A row: one method's results in one section.
     *
     * @param method the method's name
     * @param n answers
     * @param metrics each metric's interval, absent when no answer has a score for it
     * @param usage the calls and tokens of all n answers together
     * @param fallbacks answers for which S2A fell back to the original prompt
     */
    record Row(String method, int n, Map<String, Interval> metrics, Usage usage, int fallbacks) {}

    /**
     * Figures of the whole run.
     *
     * @param model the model under test
     * @param judge the judge model, or null if none was used
     * @param judgeUsage what judging cost
     * @param retries retries of transient failures
     * @param failed answers that failed (a rerun retries them)
     */
    record Run(String model, @Nullable String judge, Usage judgeUsage, long retries, int failed) {}

    private final Run run;
    private final List<Method> methods;
    private final Map<Section, List<Row>> tables;

    private Report(Run run, List<Method> methods, Map<Section, List<Row>> tables) {
        this.run = run;
        this.methods = List.copyOf(methods);
        this.tables = tables;
    }

    /** The report of these results, in the order of the sections and methods given. */
    static Report of(Run run, List<Section> sections, List<Method> methods, List<Result> results) {
        requireNonNull(run, "run");
        Map<Section, List<Row>> tables = new LinkedHashMap<>();
        for (Section section : sections) {
            List<Row> rows = new ArrayList<>();
            for (Method method : methods) {
                List<Result> mine = results.stream()
                        .filter(r -> r.task().equals(section.task()) && r.group().equals(section.group())
                                && r.method().equals(method.name()))
                        .toList();
                if (!mine.isEmpty()) {
                    rows.add(row(method.name(), section.metrics(), mine));
                }
            }
            tables.put(section, List.copyOf(rows));
        }
        return new Report(run, methods, tables);
    }

    private static Row row(String method, List<Metric> metrics, List<Result> results) {
        Map<String, Interval> intervals = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            List<Double> values = new ArrayList<>();
            for (Result result : results) {
                Double value = result.scores().values().get(metric.key());
                if (value != null) {
                    values.add(value);
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            intervals.put(metric.key(), switch (metric.kind()) {
                case PROPORTION -> Interval.wilson((int) values.stream().filter(v -> v >= 0.5).count(), values.size());
                case MEAN -> Interval.mean(values);
            });
        }
        Usage usage = results.stream().map(Result::usage).reduce(Usage.NONE, Usage::plus);
        int fallbacks = (int) results.stream().filter(r -> r.fallback() != null).count();
        return new Row(method, results.size(), intervals, usage, fallbacks);
    }

    /** The rows of each table. */
    Map<Section, List<Row>> tables() {
        return tables;
    }

    /** The tables as Markdown, with a heading and notes. */
    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## S2A bench: ").append(run.model()).append("\n");
        for (Map.Entry<Section, List<Row>> table : tables.entrySet()) {
            Section section = table.getKey();
            List<Row> rows = table.getValue();
            if (rows.isEmpty()) {
                continue;
            }
            Metric primary = section.metrics().get(0);
            md.append("\n### ").append(section.task()).append(" \u00B7 ").append(section.group()).append("\n\n");
            md.append("| method | n |");
            for (Metric metric : section.metrics()) {
                md.append(' ').append(metric.label()).append(" (95% CI) |");
            }
            md.append(" \u0394 ").append(primary.label()).append(" vs baseline | calls/item | input tokens/item ")
                    .append("| output tokens/item |\n");
            md.append("|---|---:|").append("---|".repeat(section.metrics().size())).append("---:|---:|---:|---:|\n");
            Interval baseline = rows.stream().filter(r -> r.method().equals("baseline")).findFirst()
                    .map(r -> r.metrics().get(primary.key())).orElse(null);
            for (Row row : rows) {
                md.append("| ").append(row.method()).append(" | ").append(row.n()).append(" |");
                for (Metric metric : section.metrics()) {
                    Interval interval = row.metrics().get(metric.key());
                    md.append(' ').append(interval == null ? "n/a" : cell(metric, interval, row.n())).append(" |");
                }
                Interval mine = row.metrics().get(primary.key());
                md.append(' ').append(baseline == null || mine == null || row.method().equals("baseline")
                        ? "" : delta(primary, mine.value() - baseline.value())).append(" |");
                md.append(' ').append(perItem(row.usage().calls(), row.n(), 2)).append(" | ")
                        .append(perItem(row.usage().inputTokens(), row.n(), 0)).append(" | ")
                        .append(perItem(row.usage().outputTokens(), row.n(), 0)).append(" |\n");
            }
            for (Row row : rows) {
                if (row.fallbacks() > 0) {
                    md.append("\n").append(row.method()).append(": S2A fell back to the original prompt for ")
                            .append(row.fallbacks()).append(" of ").append(row.n()).append(" items.\n");
                }
            }
        }
        md.append("\n95% CI: Wilson score interval for accuracy, Student's t interval for mean scores. ")
                .append("Calls and tokens are those of answering, as the model's responses report them");
        if (run.judge() != null) {
            md.append("; judging (").append(run.judge()).append(") took ").append(run.judgeUsage().calls())
                    .append(" calls, ").append(run.judgeUsage().inputTokens()).append(" input and ")
                    .append(run.judgeUsage().outputTokens()).append(" output tokens");
        }
        md.append(".\n");
        if (run.retries() > 0) {
            md.append("Transient failures retried: ").append(run.retries()).append(".\n");
        }
        if (run.failed() > 0) {
            md.append("Failed, not in the tables: ").append(run.failed()).append(" answers; rerun to retry them.\n");
        }
        return md.toString();
    }

    private static String cell(Metric metric, Interval interval, int rowN) {
        String n = interval.n() == rowN ? "" : ", n=" + interval.n();
        if (metric.kind() == Metric.Kind.PROPORTION) {
            String value = String.format(Locale.ROOT, "%.1f%%", 100 * interval.value());
            return interval.bounded()
                    ? value + String.format(Locale.ROOT, " (%.1f\u2013%.1f%s)", 100 * interval.low(),
                            100 * interval.high(), n)
                    : value + " (n<2" + n + ")";
        }
        String value = String.format(Locale.ROOT, "%.2f", interval.value());
        return interval.bounded()
                ? value + String.format(Locale.ROOT, " (%.2f\u2013%.2f%s)", interval.low(), interval.high(), n)
                : value + " (n<2" + n + ")";
    }

    private static String delta(Metric metric, double delta) {
        return metric.kind() == Metric.Kind.PROPORTION
                ? String.format(Locale.ROOT, "%+.1f pts", 100 * delta)
                : String.format(Locale.ROOT, "%+.2f", delta);
    }

    private static String perItem(long total, int n, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", (double) total / n);
    }

    /** The report as JSON: the run's figures, then every table with every row's intervals and usage. */
    ObjectNode json() {
        ObjectNode json = Records.JSON.createObjectNode();
        json.put("model", run.model());
        if (run.judge() != null) {
            json.put("judge", run.judge());
            json.set("judge_usage", usage(run.judgeUsage()));
        }
        json.put("retries", run.retries()).put("failed", run.failed());
        ArrayNode described = json.putArray("methods");
        methods.forEach(m -> described.addObject().put("name", m.name()).put("description", m.description()));
        ArrayNode array = json.putArray("tables");
        for (Map.Entry<Section, List<Row>> table : tables.entrySet()) {
            ObjectNode t = array.addObject();
            t.put("task", table.getKey().task()).put("group", table.getKey().group());
            ArrayNode metrics = t.putArray("metrics");
            for (Metric metric : table.getKey().metrics()) {
                metrics.addObject().put("key", metric.key()).put("label", metric.label())
                        .put("kind", metric.kind().name().toLowerCase(Locale.ROOT))
                        .put("interval", metric.kind() == Metric.Kind.PROPORTION ? "wilson" : "student-t");
            }
            ArrayNode rows = t.putArray("methods");
            for (Row row : table.getValue()) {
                ObjectNode r = rows.addObject();
                r.put("method", row.method()).put("n", row.n()).put("fallbacks", row.fallbacks());
                ObjectNode values = r.putObject("metrics");
                row.metrics().forEach((key, interval) -> {
                    ObjectNode v = values.putObject(key);
                    v.put("n", interval.n()).put("value", interval.value());
                    if (interval.bounded()) {
                        v.put("low", interval.low()).put("high", interval.high());
                    } else {
                        v.putNull("low").putNull("high");
                    }
                });
                r.set("usage", usage(row.usage()));
                r.put("calls_per_item", (double) row.usage().calls() / row.n())
                        .put("input_tokens_per_item", (double) row.usage().inputTokens() / row.n())
                        .put("output_tokens_per_item", (double) row.usage().outputTokens() / row.n());
            }
        }
        return json;
    }

    private static ObjectNode usage(Usage usage) {
        return Records.JSON.createObjectNode().put("calls", usage.calls()).put("input_tokens", usage.inputTokens())
                .put("output_tokens", usage.outputTokens());
    }

    @Override
    public String toString() {
        return "Report[" + tables.size() + " tables]";
    }
}
