package io.github.s2a4j.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.ChatModel;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.LlmRegenerator;
import io.github.s2a4j.core.LocalRegenerator;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.RegenerationPrompt;
import io.github.s2a4j.core.RegenerationRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code s2a eval}: measures how faithfully a regenerator drops what must go and keeps what must stay, on a
 * JSON-lines file of cases (DESIGN.md, section 5, plus an optional {@code "query"}: the record's text is then a
 * retrieved passage, regenerated against that query as a RAG chain would). Progress goes to stderr; stdout gets a
 * Markdown table by task, then, as its last line, one JSON object with the figures.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Measures a regenerator on a JSON-lines file of {id, task, text, keep, drop} cases; a case with a \"query\" "
                    + "is a retrieved passage judged against it.",
            "Prints a Markdown table by task, then, as the last line, "
                    + "{\"records\":N,\"drop_recall\":x,\"keep_loss\":y,\"clean\":z,\"ms_per_record\":t,\"by_task\":{...}}."
        })
final class EvalCommand implements Callable<Integer> {

    /** Which regenerator to measure. */
    enum Kind {
        local,
        llm
    }

    @Option(names = "--regenerator", defaultValue = "local",
            description = "local (no LLM call, the default) or llm (needs a model; see --base-url).")
    Kind regenerator = Kind.local;

    @Option(names = "--input", required = true, description = "The JSON-lines file of cases.")
    Path input = Path.of("");

    /** The llm regenerator's step-1 presets. */
    enum Preset {
        unbiased,
        relevant,
        single;

        RegenerationPrompt prompt() {
            return switch (this) {
                case unbiased -> RegenerationPrompt.UNBIASED;
                case relevant -> RegenerationPrompt.RELEVANT;
                case single -> RegenerationPrompt.SINGLE;
            };
        }
    }

    @Option(names = "--prompt", defaultValue = "unbiased",
            description = "The llm regenerator's step-1 preset: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Preset prompt = Preset.unbiased;

    @Option(names = "--stance-threshold", description = "The local regenerator's stance threshold (default: "
            + "the calibrated one).")
    @Nullable Double stanceThreshold;

    @Option(names = "--distractor-threshold", description = "The local regenerator's distractor threshold "
            + "(default: the calibrated one).")
    @Nullable Double distractorThreshold;

    @Option(names = "--failures", description = "List the cases that are not clean on stderr, with what went wrong.")
    boolean failures;

    @Mixin
    ModelOptions model = new ModelOptions();

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<EvalRecord> records = EvalRecord.read(input);
        ContextRegenerator subject;
        if (regenerator == Kind.llm) {
            if (stanceThreshold != null || distractorThreshold != null) {
                err.println("eval: --stance-threshold and --distractor-threshold are the local regenerator's; "
                        + "drop them with --regenerator llm.");
                err.flush();
                return 2;
            }
            Optional<ChatModel> chatModel = model.chatModel();
            if (chatModel.isEmpty()) {
                err.println("eval --regenerator llm needs a chat model: pass --base-url (and --api-key, --model), or set "
                        + "OPENAI_API_KEY, OPENAI_BASE_URL or OLLAMA_BASE_URL. Without one, use --regenerator local.");
                err.flush();
                return 2;
            }
            subject = LlmRegenerator.builder().model(chatModel.get()).prompt(prompt.prompt()).build();
            err.println("eval: llm regenerator (" + prompt + ") on " + model.describe());
        } else {
            err.println("eval: loading the in-process embedding model (all-MiniLM-L6-v2, quantized)");
            err.flush();
            LocalRegenerator.Builder local = LocalRegenerator.builder().embeddingModel(Embeddings.inProcess());
            if (stanceThreshold != null) {
                local.stanceThreshold(stanceThreshold);
            }
            if (distractorThreshold != null) {
                local.distractorThreshold(distractorThreshold);
            }
            subject = local.build();
            err.println("eval: local regenerator" + (stanceThreshold == null && distractorThreshold == null ? ""
                    : " (" + subject + ")"));
        }
        err.flush();
        return run(subject, records, out, err);
    }

    /**
     * Evaluates a regenerator; the part of the command that tests drive with a regenerator of their own.
     *
     * @return the exit status
     */
    int run(ContextRegenerator subject, List<EvalRecord> records, PrintWriter out, PrintWriter err) {
        EvalScore total = new EvalScore();
        Map<String, EvalScore> byTask = new TreeMap<>();
        int failed = 0;
        int step = Math.max(1, records.size() / 10);
        for (int i = 0; i < records.size(); i++) {
            EvalRecord record = records.get(i);
            long start = System.nanoTime();
            String regenerated;
            try {
                RegeneratedContext result = subject.regenerate(
                        RegenerationRequest.builder().text(record.text()).query(record.query()).build());
                regenerated = result.text();
            } catch (RuntimeException e) {
                // A failed regeneration is scored as the decorator's fallback would send it: the original text.
                failed++;
                regenerated = record.text();
                err.println("eval: " + record.id() + ": regeneration failed: " + e);
            }
            double millis = (System.nanoTime() - start) / 1e6;
            total.add(record, regenerated, millis);
            byTask.computeIfAbsent(record.task(), t -> new EvalScore()).add(record, regenerated, millis);
            if (failures && !(record.dropped(regenerated) && record.kept(regenerated))) {
                err.println("eval: not clean: " + record.id() + (record.dropped(regenerated) ? "" : " [kept a drop span]")
                        + (record.kept(regenerated) ? "" : " [lost a keep span]"));
                err.println("    in:  " + record.text().replace("\n", " / "));
                err.println("    out: " + regenerated.replace("\n", " / "));
            }
            if ((i + 1) % step == 0 || i + 1 == records.size()) {
                err.printf(Locale.ROOT, "eval: %d/%d records%n", i + 1, records.size());
                err.flush();
            }
        }
        if (failed > 0) {
            err.println("eval: " + failed + " regenerations failed and were scored as the original text");
        }
        err.flush();

        out.println("| task | records | drop_recall | keep_loss | clean | ms/record |");
        out.println("|---|---:|---:|---:|---:|---:|");
        byTask.forEach((task, score) -> out.println(score.row(task)));
        out.println(total.row("**all**"));
        out.println();

        ObjectMapper json = new ObjectMapper();
        ObjectNode result = total.toJson(json);
        ObjectNode tasks = result.putObject("by_task");
        byTask.forEach((task, score) -> tasks.set(task, score.toJson(json)));
        out.println(result.toString());
        out.flush();
        return 0;
    }
}
