package io.github.s2a4j.benchmarks;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the benchmarks and prints their tables to standard output, Markdown, progress to standard error.
 *
 * <p>{@code full} (the default) gives the README's figures; {@code quick} is a smoke run of a few seconds a
 * benchmark whose figures are not worth comparing.
 */
public final class S2ABenchmarks {

    private static final int[] SENTENCES = {10, 50, 200};

    private S2ABenchmarks() {}

    public static void main(String[] args) throws RunnerException {
        boolean quick = args.length > 0 && args[0].equals("quick");
        PrintStream out = System.out;

        System.err.println("[1/2] output tokens, copying vs selecting (cl100k_base)");
        OutputTokens tokens = new OutputTokens();
        StringBuilder tokenTable = new StringBuilder()
                .append("| sentences | copy: output tokens | select: output tokens | select / copy "
                        + "| select, no ranges | no ranges / copy | copy: prompt tokens | select: prompt tokens |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int sentences : SENTENCES) {
            OutputTokens.Row row = tokens.measure(sentences);
            tokenTable.append(String.format(Locale.ROOT, "| %d | %.0f | %.1f | %.1f%% | %.1f | %.1f%% | %.0f | %.0f |%n",
                    row.sentences(), row.copyOutput(), row.selectOutput(), 100 * row.selectOutput() / row.copyOutput(),
                    row.listedOutput(), 100 * row.listedOutput() / row.copyOutput(), row.copyPrompt(),
                    row.selectPrompt()));
        }

        System.err.println("[2/2] decorator overhead (JMH, " + (quick ? "quick" : "full") + " run)");
        ChainedOptionsBuilder options = new OptionsBuilder().include(DecoratorOverhead.class.getName());
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(2).measurementTime(TimeValue.seconds(1));
        }
        Runner runner = new Runner(options.build(), OutputFormatFactory.createFormatInstance(System.err,
                VerboseMode.NORMAL));
        Collection<RunResult> results = runner.run();

        // context size -> benchmark -> median µs
        Map<Integer, Map<String, Double>> medians = new TreeMap<>();
        for (RunResult result : results) {
            int size = Integer.parseInt(result.getParams().getParam("contextChars"));
            String benchmark = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            double median = result.getPrimaryResult().getStatistics().getPercentile(50);
            medians.computeIfAbsent(size, key -> new TreeMap<>()).put(benchmark, median);
        }

        out.println("## Decorator overhead per call, model time excluded (median of JMH samples, wall clock, µs)");
        out.println();
        out.println("| context | model alone | S2A, copying | added: copying | added: guarded copying "
                + "| added: selecting | added: reused turn | yardstick: JDK sentence segmenter |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<Integer, Map<String, Double>> entry : medians.entrySet()) {
            Map<String, Double> m = entry.getValue();
            double direct = m.getOrDefault("direct", Double.NaN);
            out.printf(Locale.ROOT, "| %.1f KB | %.2f | %.2f | **%.2f** | %.2f | %.2f | %.2f | %.2f |%n",
                    entry.getKey() / 1024.0, direct, m.getOrDefault("copying", Double.NaN),
                    m.getOrDefault("copying", Double.NaN) - direct, m.getOrDefault("guarded", Double.NaN) - direct,
                    m.getOrDefault("selecting", Double.NaN) - direct, m.getOrDefault("reused", Double.NaN) - direct,
                    m.getOrDefault("jdkSentenceSegmenter", Double.NaN));
        }
        out.println();
        out.println("## Regeneration tokens, perfect answers, cl100k_base (mean of " + OutputTokens.SEEDS
                + " texts; about one sentence in ten removed)");
        out.println();
        out.print(tokenTable);
        out.flush();
    }
}
