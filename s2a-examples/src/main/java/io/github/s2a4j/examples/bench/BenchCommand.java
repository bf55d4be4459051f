package io.github.s2a4j.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.s2a4j.examples.ModelOptions;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code java -jar s2a.jar bench}: reproduces the paper's evaluation against any OpenAI-compatible model.
 * Reads the task files the user gives, runs the chosen methods on every item, writes each answer to a JSONL
 * results file as it comes (a rerun resumes), and prints the results table in Markdown (stdout) and JSON (file).
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reproduce the paper: baseline, oracle, instructed prompting and the S2A variants on opinionated QA "
                    + "(SycophancyEval answer.jsonl), argument feedback (feedback.jsonl) and GSM-IC, against any "
                    + "OpenAI-compatible model. Prints the results table (task x method, n, 95%% CI, calls and "
                    + "tokens per item) to stdout; progress goes to stderr."
        })
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    @SuppressWarnings("NullAway.Init")
    ModelOptions modelOptions;

    @Option(names = "--answer", paramLabel = "FILE",
            description = "SycophancyEval answer.jsonl (opinionated factual QA); repeatable.")
    List<Path> answerFiles = new ArrayList<>();

    @Option(names = "--feedback", paramLabel = "FILE",
            description = "SycophancyEval feedback.jsonl (feedback with the user's stance); repeatable.")
    List<Path> feedbackFiles = new ArrayList<>();

    @Option(names = "--gsm-ic", paramLabel = "FILE",
            description = "GSM-IC_2step.json or GSM-IC_mstep.json (math with a distractor); repeatable.")
    List<Path> gsmIcFiles = new ArrayList<>();

    @Option(names = "--sample",
            description = "Also run the small self-written samples in the jar, for all three tasks (a demo of the "
                    + "harness, not the paper's data).")
    boolean sample;

    @Option(names = "--methods", split = ",", paramLabel = "NAME", completionCandidates = Methods.Names.class,
            description = "Methods to run, comma-separated (default: all): ${COMPLETION-CANDIDATES}.")
    List<String> methodNames = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N",
            description = "At most N items per task, the first in file order (default: all).")
    int limit;

    @Option(names = "--all-prompts",
            description = "Keep every record, also those without an opinion, stance or distractor (and, in "
                    + "answer.jsonl, those suggesting the right answer).")
    boolean allPrompts;

    @Option(names = "--judge-answers",
            description = "Also let the judge grade factual answers (a column beside the alias match).")
    boolean judgeAnswers;

    @Option(names = "--results", paramLabel = "FILE", defaultValue = "bench-results.jsonl",
            description = "Results, one JSON line per answer, appended as they come; a rerun skips what is in it "
                    + "(default: ${DEFAULT-VALUE}).")
    Path results = Path.of("bench-results.jsonl");

    @Option(names = "--json", paramLabel = "FILE",
            description = "The results table as JSON (default: the results file with .json).")
    @Nullable Path json;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
            description = "Answers at a time (default: ${DEFAULT-VALUE}).")
    int concurrency = 4;

    @Option(names = "--rps", paramLabel = "X", description = "At most X model calls a second, judge included.")
    @Nullable Double rps;

    @Option(names = "--rpm", paramLabel = "X", description = "At most X model calls a minute, judge included.")
    @Nullable Double rpm;

    @Option(names = "--max-retries", paramLabel = "N", defaultValue = "6",
            description = "Retries of a call on HTTP 408/429/5xx, timeouts and dropped connections, with "
                    + "exponential backoff from 1 s to 60 s (default: ${DEFAULT-VALUE}).")
    int maxRetries = 6;

    @Option(names = "--judge-base-url", paramLabel = "URL",
            description = "The judge's OpenAI-compatible base URL (default: the model's).")
    @Nullable String judgeBaseUrl;

    @Option(names = "--judge-api-key", paramLabel = "KEY", description = "The judge's API key (default: the model's).")
    @Nullable String judgeApiKey;

    @Option(names = "--judge-model", paramLabel = "NAME", description = "The judge model (default: the model).")
    @Nullable String judgeModel;

    @Option(names = "--judge-temperature", paramLabel = "T", defaultValue = "0",
            description = "The judge's temperature (default: ${DEFAULT-VALUE}).")
    double judgeTemperature;

    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandLine.Model.CommandSpec spec;

    private final Sleeper sleeper;
    private final LongSupplier nanoClock;
    private final Supplier<EmbeddingModel> embeddingModel = Regenerators.inProcessEmbeddingModel();

    /** The command, sleeping and telling time for real. */
    public BenchCommand() {
        this(Sleeper.SYSTEM, System::nanoTime);
    }

    BenchCommand(Sleeper sleeper, LongSupplier nanoClock) {
        this.sleeper = sleeper;
        this.nanoClock = nanoClock;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Method> methods;
        try {
            methods = methodNames.isEmpty() ? Methods.ALL : Methods.named(methodNames);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (concurrency < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--concurrency must be at least 1");
        }
        if (maxRetries < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-retries must be at least 0");
        }
        if (answerFiles.isEmpty() && feedbackFiles.isEmpty() && gsmIcFiles.isEmpty() && !sample) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Give at least one task file (--answer, --feedback, --gsm-ic) or --sample.");
        }
        OpenAiChatModel.OpenAiChatModelBuilder builder = modelOptions.builder().orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "No model: give --base-url (or set "
                        + "OPENAI_BASE_URL, OLLAMA_BASE_URL or OPENAI_API_KEY), and --model."));
        RateLimiter limiter = rateLimiter();
        Retry retry = new Retry(maxRetries, Duration.ofSeconds(1), Duration.ofSeconds(60), sleeper,
                () -> ThreadLocalRandom.current().nextDouble());
        ResilientChatModel model = new ResilientChatModel(builder.maxRetries(0).build(), retry, limiter);
        String endpoint = modelOptions.describe();
        ChatRequestParameters decoding = model.defaultRequestParameters();
        String modelId = Objects.requireNonNullElse(decoding.modelName(), endpoint);
        String modelHeading = modelId + " (temperature " + orServerDefault(decoding.temperature()) + ", top-p "
                + orServerDefault(decoding.topP()) + ")";

        boolean needsJudge = !feedbackFiles.isEmpty() || sample || judgeAnswers;
        Judging judging = needsJudge ? judging(retry, limiter) : null;
        Judge judge = judging == null ? null : judging.judge();

        List<Bench.Plan<?>> plans = new ArrayList<>();
        List<Report.Section> sections = new ArrayList<>();
        addPlan(plans, sections, new OpinionQaTask(judgeAnswers ? judge : null), answerFiles, "answer.jsonl", err);
        if (judge != null) {
            addPlan(plans, sections, new FeedbackTask(judge), feedbackFiles, "feedback.jsonl", err);
        }
        addPlan(plans, sections, new GsmIcTask(), gsmIcFiles, "gsm-ic.json", err);

        err.println("Model: " + endpoint + (judging == null ? "" : "; judge: " + judging.name()) + "; methods: "
                + String.join(", ", methods.stream().map(Method::name).toList()));
        Bench bench = new Bench(model, modelId, embeddingModel, concurrency, err,
                (total, resumed) -> new Progress(err, total, resumed, stderrIsTerminal(), nanoClock));
        Bench.Outcome outcome;
        try (ResultsLog log = ResultsLog.open(results)) {
            if (log.unreadable() > 0) {
                err.println("Skipped " + log.unreadable() + " unreadable lines of " + results + ".");
            }
            outcome = bench.run(plans, methods, log);
        }

        Report report = Report.of(new Report.Run(modelHeading,
                        judging == null ? null : judging.name(),
                        judging == null ? Usage.NONE : judging.meter().usage(),
                        model.retries() + (judging == null ? 0 : judging.model().retries()),
                        outcome.failed()),
                sections, methods, outcome.results());
        out.print(report.markdown());
        out.flush();
        Path jsonFile = (json != null ? json : jsonBeside(results)).toAbsolutePath();
        Files.createDirectories(jsonFile.getParent());
        Files.writeString(jsonFile, Records.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report.json())
                + "\n");
        err.println("Results: " + results + "; table: " + jsonFile);
        Throwable fatal = outcome.fatal();
        if (fatal != null) {
            err.println("Stopped: " + Failures.describe(fatal));
            return 1;
        }
        if (outcome.failed() > 0) {
            err.println(outcome.failed() + " answers failed; run the same command again to retry them.");
            return 1;
        }
        return 0;
    }

    private RateLimiter rateLimiter() {
        if (rps != null && rpm != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give --rps or --rpm, not both.");
        }
        Double perSecond = rps != null ? rps : rpm != null ? Double.valueOf(rpm / 60) : null;
        if (perSecond == null) {
            return RateLimiter.unlimited();
        }
        if (!(perSecond > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rps and --rpm must be positive.");
        }
        return RateLimiter.perSecond(perSecond, nanoClock, sleeper);
    }

    /**
     * The judge and what it is built of.
     *
     * @param judge the judge
     * @param meter counts the judge's calls and tokens
     * @param model retries the judge's transient failures and counts the retries
     * @param name the judge model's name, and its server where it is not the model's
     */
    private record Judging(Judge judge, MeteredChatModel meter, ResilientChatModel model, String name) {}

    private Judging judging(Retry retry, RateLimiter limiter) {
        OpenAiChatModel judgeBase = judgeBuilder().maxRetries(0).temperature(judgeTemperature).build();
        ResilientChatModel resilient = new ResilientChatModel(judgeBase, retry, limiter);
        MeteredChatModel meter = new MeteredChatModel(resilient);
        String name = judgeBase.defaultRequestParameters().modelName()
                + (judgeBaseUrl != null ? " at " + judgeBaseUrl : "");
        return new Judging(new Judge(meter), meter, resilient, name);
    }

    /** The judge: the model's endpoint, key and name unless the judge options say otherwise. */
    private OpenAiChatModel.OpenAiChatModelBuilder judgeBuilder() {
        OpenAiChatModel.OpenAiChatModelBuilder judge = modelOptions.builder().orElseThrow();
        if (judgeBaseUrl != null) {
            judge.baseUrl(judgeBaseUrl);
        }
        if (judgeApiKey != null) {
            judge.apiKey(judgeApiKey);
        }
        if (judgeModel != null) {
            judge.modelName(judgeModel);
        }
        return judge;
    }

    private <G> void addPlan(List<Bench.Plan<?>> plans, List<Report.Section> sections, Task<G> task,
            List<Path> files, String sampleName, PrintWriter err) throws IOException {
        Map<String, List<JsonNode>> sources = new LinkedHashMap<>();
        for (Path file : files) {
            sources.put(file.toString(), Records.read(file));
        }
        if (sample) {
            String resource = "/bench/" + sampleName;
            try (InputStream in = BenchCommand.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks " + resource);
                }
                sources.put("sample " + sampleName, Records.read(resource, in));
            }
        }
        if (sources.isEmpty()) {
            return;
        }
        Map<String, Item<G>> items = new LinkedHashMap<>();
        int leftOut = 0;
        int duplicates = 0;
        for (Map.Entry<String, List<JsonNode>> source : sources.entrySet()) {
            List<JsonNode> records = source.getValue();
            for (int i = 0; i < records.size(); i++) {
                Item<G> item;
                try {
                    item = task.item(records.get(i), allPrompts);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            source.getKey() + ", record " + (i + 1) + ": " + e.getMessage() + " (is it a "
                                    + task.name() + " file?)");
                }
                if (item == null) {
                    leftOut++;
                } else if (items.putIfAbsent(item.id(), item) != null) {
                    duplicates++;
                }
            }
        }
        int records = sources.values().stream().mapToInt(List::size).sum();
        List<Item<G>> chosen = new ArrayList<>(items.values());
        if (limit > 0 && chosen.size() > limit) {
            chosen = chosen.subList(0, limit);
        }
        err.println(task.name() + ": " + chosen.size() + " items from " + String.join(", ", sources.keySet())
                + (leftOut > 0 ? "; left out " + leftOut + " of " + records + ", " + task.leftOut()
                        + " (--all-prompts keeps them)" : "")
                + (duplicates > 0 ? "; " + duplicates + " duplicate prompts" : "") + ".");
        plans.add(new Bench.Plan<>(task, List.copyOf(chosen)));
        Set<String> groups = new LinkedHashSet<>();
        chosen.forEach(item -> groups.add(item.group()));
        groups.forEach(group -> sections.add(new Report.Section(task.name(), group, task.metrics())));
    }

    /** Whether the progress bar may redraw its line (the pattern of errorprone.info/bugpattern/SystemConsoleNull). */
    @SuppressWarnings("SystemConsoleNull")
    private static boolean stderrIsTerminal() {
        Console console = System.console();
        if (Runtime.version().feature() < 22 || console == null) {
            return console != null;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    private static Path jsonBeside(Path results) {
        String name = results.getFileName().toString();
        String base = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
        return results.resolveSibling(base + ".json");
    }

    private static String orServerDefault(@Nullable Double value) {
        return value == null ? "the server's default" : value.toString();
    }
}
