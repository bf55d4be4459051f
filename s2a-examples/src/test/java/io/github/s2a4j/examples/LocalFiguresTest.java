package io.github.s2a4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The local regenerator's figures in the README, measured the README's way ({@code s2a.jar eval} with the in-process
 * all-MiniLM-L6-v2) on the data it was never fitted on: a change to the cues, the weights or the segmenter that
 * loses more of a user's words, or gives back what the README reports, fails here. The floors are the README's
 * figures rounded down by a record or two; the keep-loss ceilings are the targets where the data meets them.
 */
final class LocalFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each file's figures by task, measured once for all its rows. */
    private static final Map<String, JsonNode> MEASURED = new ConcurrentHashMap<>();

    private static JsonNode figures(String file) {
        return MEASURED.computeIfAbsent(file, f -> {
            try {
                return eval(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static JsonNode eval(String file) throws IOException {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new S2aCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        int status = commandLine.execute("eval", "--input", "data/" + file);
        assertThat(status).isZero();
        List<String> lines = out.toString().strip().lines().toList();
        return JSON.readTree(lines.get(lines.size() - 1)).get("by_task");
    }

    @ParameterizedTest(name = "{0} {1}: drop_recall >= {2}, keep_loss <= {3}, clean >= {4}")
    @CsvSource({
        // file,                     task,       drop_recall floor, keep_loss ceiling, clean floor
        "heldout.jsonl,              distractor, 0.95, 0.01, 0.94",
        "heldout.jsonl,              opinion,    0.97, 0.01, 0.97",
        "heldout.jsonl,              feedback,   0.98, 0.01, 0.98",
        "heldout.jsonl,              clean,      0,    0.01, 0.99",
        "heldout-stance-2.jsonl,     opinion,    0.97, 0.01, 0.97",
        "heldout-stance-2.jsonl,     clean,      0,    0.01, 0.96",
        "heldout-stance-3.jsonl,     opinion,    0.93, 0.01, 0.93",
        "heldout-stance-3.jsonl,     feedback,   0.96, 0.01, 0.96",
        "heldout-stance-3.jsonl,     clean,      0,    0.04, 0.96",
        "heldout-distractor-2.jsonl, distractor, 0.60, 0.02, 0.58",
        "heldout-distractor-2.jsonl, clean,      0,    0.07, 0.93",
        "blind.jsonl,                distractor, 0.62, 0.02, 0.60",
        "blind.jsonl,                opinion,    0.97, 0.02, 0.96",
        "blind.jsonl,                feedback,   0.88, 0.02, 0.86",
        "blind.jsonl,                clean,      0,    0.04, 0.95",
        "chat.jsonl,                 opinion,    0.87, 0.01, 0.87",
        "chat.jsonl,                 feedback,   0.87, 0.01, 0.87",
        "chat.jsonl,                 clean,      0,    0.03, 0.97",
        "hand.jsonl,                 opinion,    0.95, 0.01, 0.95",
        "hand.jsonl,                 feedback,   0.75, 0.08, 0.71",
        "hand.jsonl,                 clean,      0,    0.07, 0.93",
        "probe.jsonl,                opinion,    0.92, 0.02, 0.90",
        "probe.jsonl,                clean,      0,    0.04, 0.96",
        "probe2.jsonl,               opinion,    0.95, 0.01, 0.95",
        "probe2.jsonl,               clean,      0,    0.05, 0.95",
        "probe3.jsonl,               opinion,    0.65, 0.21, 0.51",
        "probe3.jsonl,               clean,      0,    0.07, 0.93",
        "probe-long-a.jsonl,         opinion,    0.68, 0.24, 0.50",
        "probe-long-a.jsonl,         clean,      0,    0.18, 0.82",
        "probe-long-b.jsonl,         opinion,    0.53, 0.10, 0.48",
        "probe-long-b.jsonl,         clean,      0,    0.12, 0.88",
        "probe4.jsonl,               opinion,    0.87, 0.02, 0.86",
        "probe4.jsonl,               clean,      0,    0.07, 0.93",
        "probe5.jsonl,               opinion,    0.76, 0.01, 0.75",
        "probe5.jsonl,               clean,      0,    0.08, 0.92",
        "probe6.jsonl,               opinion,    0.86, 0.03, 0.84",
        "probe6.jsonl,               clean,      0,    0.08, 0.92",
    })
    void should_measure_at_least_what_the_readme_reports(String file, String task, double dropRecall,
            double keepLoss, double clean) {
        // when
        JsonNode measured = figures(file).get(task);

        // then
        if (dropRecall > 0) {
            assertThat(measured.get("drop_recall").asDouble()).as("drop_recall").isGreaterThanOrEqualTo(dropRecall);
        }
        assertThat(measured.get("keep_loss").asDouble()).as("keep_loss").isLessThanOrEqualTo(keepLoss);
        assertThat(measured.get("clean").asDouble()).as("clean").isGreaterThanOrEqualTo(clean);
    }
}
