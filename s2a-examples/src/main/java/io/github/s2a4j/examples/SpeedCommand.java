package io.github.s2a4j.examples;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.LocalRegenerator;
import io.github.s2a4j.core.RegenerationRequest;
import io.github.s2a4j.core.internal.Sentences;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code s2a speed}: how much the local regenerator adds to the raw embedding of the same sentences. Each round
 * embeds every text's sentences with one {@code embedAll} call and regenerates the text, alternating which goes
 * first; then it regenerates again with the embeddings served from memory, which times everything but the
 * embedding model. Results go to stdout as a Markdown table; progress to stderr.
 */
@Command(
        name = "speed",
        mixinStandardHelpOptions = true,
        description = {
            "Times the local regenerator against the raw embedAll of the same sentences.",
            "On a machine with more cores, pin it: taskset -c 0,1 java -jar s2a.jar speed"
        })
final class SpeedCommand implements Callable<Integer> {

    @Option(names = "--input", defaultValue = "s2a-examples/data/heldout.jsonl",
            description = "JSON-lines cases whose texts to time (default: ${DEFAULT-VALUE}).")
    Path input = Path.of("s2a-examples/data/heldout.jsonl");

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup = 2;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rounds < 1 || warmup < 0) {
            err.println("speed: --rounds must be at least 1 and --warmup at least 0");
            err.flush();
            return 2;
        }
        List<String> texts = EvalRecord.read(input).stream().map(EvalRecord::text).toList();
        List<List<TextSegment>> batches = new ArrayList<>();
        int sentences = 0;
        for (String text : texts) {
            List<TextSegment> batch = Sentences.texts(text).stream().map(TextSegment::from).toList();
            batches.add(batch);
            sentences += batch.size();
        }
        err.printf(Locale.ROOT, "speed: %d texts, %d sentences, %d processors; loading the embedding model%n",
                texts.size(), sentences, Runtime.getRuntime().availableProcessors());
        err.flush();
        EmbeddingModel model = Embeddings.inProcess();
        LocalRegenerator local = ContextRegenerator.local(model);
        MemoryEmbeddingModel memory = new MemoryEmbeddingModel(model);
        LocalRegenerator fromMemory = ContextRegenerator.local(memory);

        long raw = 0;
        long regeneration = 0;
        long analysis = 0;
        for (int round = -warmup; round < rounds; round++) {
            long roundRaw = 0;
            long roundRegeneration = 0;
            long roundAnalysis = 0;
            for (int i = 0; i < texts.size(); i++) {
                RegenerationRequest request = RegenerationRequest.of(texts.get(i));
                List<TextSegment> batch = batches.get(i);
                if (batch.isEmpty()) {
                    continue;
                }
                if ((i + round) % 2 == 0) {
                    roundRaw += time(() -> memory.remember(batch));
                    roundRegeneration += time(() -> local.regenerate(request));
                } else {
                    roundRegeneration += time(() -> local.regenerate(request));
                    roundRaw += time(() -> memory.remember(batch));
                }
                roundAnalysis += time(() -> fromMemory.regenerate(request));
            }
            if (round >= 0) {
                raw += roundRaw;
                regeneration += roundRegeneration;
                analysis += roundAnalysis;
            }
            err.printf(Locale.ROOT, "speed: %s round %d: raw embedAll %.0f ms, regeneration %.0f ms, "
                            + "regeneration without the model %.1f ms%n",
                    round < 0 ? "warm-up" : "timed", round < 0 ? round + warmup + 1 : round + 1, roundRaw / 1e6,
                    roundRegeneration / 1e6, roundAnalysis / 1e6);
            err.flush();
        }
        double total = (double) sentences * rounds;
        out.println("| measure | value |");
        out.println("|---|---:|");
        out.printf(Locale.ROOT, "| texts x rounds | %d x %d |%n", texts.size(), rounds);
        out.printf(Locale.ROOT, "| sentences per round | %d |%n", sentences);
        out.printf(Locale.ROOT, "| processors | %d |%n", Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "| raw embedAll, sentences/s | %.0f |%n", total / (raw / 1e9));
        out.printf(Locale.ROOT, "| local regeneration, sentences/s | %.0f |%n", total / (regeneration / 1e9));
        out.printf(Locale.ROOT, "| regeneration without the model, sentences/s | %.0f |%n", total / (analysis / 1e9));
        out.printf(Locale.ROOT, "| added to raw embedding, measured end to end | %+.1f%% |%n",
                100.0 * (regeneration - raw) / raw);
        out.printf(Locale.ROOT, "| added to raw embedding, work besides the model | %.1f%% |%n", 100.0 * analysis / raw);
        out.flush();
        return 0;
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    /**
     * Embeds through the real model when asked to remember, and serves what it remembered: regeneration timed
     * against it is everything but the embedding model.
     */
    private static final class MemoryEmbeddingModel implements EmbeddingModel {

        private final EmbeddingModel delegate;
        private final Map<String, Embedding> remembered = new HashMap<>();

        MemoryEmbeddingModel(EmbeddingModel delegate) {
            this.delegate = delegate;
        }

        void remember(List<TextSegment> segments) {
            List<Embedding> embeddings = delegate.embedAll(segments).content();
            for (int i = 0; i < segments.size(); i++) {
                remembered.put(segments.get(i).text(), embeddings.get(i));
            }
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> embeddings = new ArrayList<>(segments.size());
            List<TextSegment> missing = new ArrayList<>();
            for (TextSegment segment : segments) {
                if (!remembered.containsKey(segment.text())) {
                    missing.add(segment);
                }
            }
            if (!missing.isEmpty()) {
                remember(missing);
            }
            for (TextSegment segment : segments) {
                embeddings.add(remembered.get(segment.text()));
            }
            return Response.from(embeddings);
        }
    }
}
