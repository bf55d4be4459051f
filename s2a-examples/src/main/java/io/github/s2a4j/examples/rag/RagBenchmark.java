package io.github.s2a4j.examples.rag;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.langchain4j.S2AContentAggregator;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The wall time of {@link S2AContentAggregator} over K retrieved contents, with the paper's LLM regenerator on a
 * model of fixed latency L: with K no more than the pool's size, the contents are regenerated at once and the
 * filter takes about L, not K × L. Prints progress on stderr and a Markdown table on stdout.
 *
 * <p>{@code java -cp s2a-examples/target/s2a.jar io.github.s2a4j.examples.rag.RagBenchmark}
 * (options: {@code --latency-ms 200 --parallelism 8 --contents 1,4,8,16 --runs 7}).
 */
@Command(
        name = "rag-bench",
        mixinStandardHelpOptions = true,
        description = "Wall time of the S2A content filter over K contents, the regeneration model taking a fixed "
                + "latency per call.")
public final class RagBenchmark implements Callable<Integer> {

    /** The target: the filter's wall time over L while K fits the pool. */
    static final double TARGET_RATIO = 1.3;

    @Option(names = "--latency-ms", description = "Latency of each regeneration call (default: ${DEFAULT-VALUE}).",
            defaultValue = "200")
    long latencyMs = 200;

    @Option(names = "--parallelism", description = "Threads of the filter's pool (default: ${DEFAULT-VALUE}).",
            defaultValue = "8")
    int parallelism = 8;

    @Option(names = "--contents", split = ",", description = "Values of K (default: ${DEFAULT-VALUE}).",
            defaultValue = "1,4,8,16")
    List<Integer> contents = List.of(1, 4, 8, 16);

    @Option(names = "--runs", description = "Measured runs per K, after one warm-up (default: ${DEFAULT-VALUE}).",
            defaultValue = "7")
    int runs = 7;

    private final PrintStream out;
    private final PrintStream err;

    /** A benchmark that reports to the standard streams; for picocli. */
    public RagBenchmark() {
        this(System.out, System.err);
    }

    RagBenchmark(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the benchmark.
     *
     * @param args the options
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new RagBenchmark(System.out, System.err)).execute(args));
    }

    /** One row of the table: K and the measured wall times in milliseconds, sorted. */
    record Row(int k, List<Double> millis) {

        double median() {
            int n = millis.size();
            return n % 2 == 1 ? millis.get(n / 2) : (millis.get(n / 2 - 1) + millis.get(n / 2)) / 2;
        }
    }

    @Override
    public Integer call() {
        Duration latency = Duration.ofMillis(latencyMs);
        List<Row> rows = new ArrayList<>();
        try (S2AContentAggregator filter = S2AContentAggregator.builder()
                .regenerator(ContextRegenerator.llm(new FixedLatencyModel(latency)))
                .parallelism(parallelism)
                .build()) {
            err.println("warm-up...");
            filter.aggregate(retrieved(parallelism));
            for (int k : contents) {
                Map<Query, Collection<List<Content>>> retrieved = retrieved(k);
                List<Double> millis = new ArrayList<>();
                for (int run = 1; run <= runs; run++) {
                    err.printf("K=%d run %d/%d%n", k, run, runs);
                    long start = System.nanoTime();
                    List<Content> kept = filter.aggregate(retrieved);
                    millis.add((System.nanoTime() - start) / 1e6);
                    if (kept.size() != k) {
                        throw new IllegalStateException("the filter kept " + kept.size() + " of " + k + " contents");
                    }
                }
                millis.sort(null);
                rows.add(new Row(k, List.copyOf(millis)));
            }
        }
        print(rows);
        return 0;
    }

    void print(List<Row> rows) {
        out.printf(Locale.ROOT, "S2AContentAggregator, LlmRegenerator on a model of fixed latency L = %d ms, "
                + "pool of %d threads, %d runs per K (%d cores)%n%n", latencyMs, parallelism, runs,
                Runtime.getRuntime().availableProcessors());
        out.println("| K | median ms | min ms | max ms | median / L | sequential K x L ms | target |");
        out.println("|---:|---:|---:|---:|---:|---:|---|");
        for (Row row : rows) {
            double ratio = row.median() / latencyMs;
            String target = row.k() <= parallelism
                    ? (ratio <= TARGET_RATIO ? "<= 1.3 L: met" : "<= 1.3 L: MISSED")
                    : "K > pool: ~" + ((row.k() + parallelism - 1) / parallelism) + " L expected";
            out.printf(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.2f | %d | %s |%n", row.k(), row.median(),
                    row.millis().get(0), row.millis().get(row.millis().size() - 1), ratio, row.k() * latencyMs,
                    target);
        }
    }

    /** K distinct passages retrieved for one query. */
    private static Map<Query, Collection<List<Content>>> retrieved(int k) {
        List<Content> passages = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            passages.add(Content.from("Passage " + i + ": Sam Liccardo was born in Saratoga, California, in 1970."));
        }
        return Map.of(Query.from("In which city was Sam Liccardo born?"), List.of(passages));
    }

    /**
     * A regeneration model that takes a fixed time per call and answers the passage prompt as a model that keeps
     * the whole passage would. Thread-safe.
     */
    static final class FixedLatencyModel implements ChatModel {

        /** The passage prompt's delimited passage and query. */
        private static final Pattern PASSAGE = Pattern.compile(
                "(?s)<<<BEGIN TEXT (\\w+)>>>\\n(.*)\\n<<<END TEXT \\1>>>.*<<<BEGIN QUERY \\1>>>\\n(.*)\\n<<<END QUERY \\1>>>");

        private final Duration latency;

        FixedLatencyModel(Duration latency) {
            this.latency = latency;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            String prompt = ((UserMessage) request.messages().get(request.messages().size() - 1)).singleText();
            Matcher matcher = PASSAGE.matcher(prompt);
            String answer = matcher.find()
                    ? "Context text related to the question (includes all content except unrelated sentences): "
                            + matcher.group(2) + "\nDetailed question: " + matcher.group(3)
                    : "NONE";
            return ChatResponse.builder().aiMessage(AiMessage.from(answer)).build();
        }
    }
}
