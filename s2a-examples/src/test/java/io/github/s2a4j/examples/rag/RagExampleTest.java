package io.github.s2a4j.examples.rag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class RagExampleTest {

    /**
     * A regenerator that does what a good one does here: the user's guess out of the question, and only the
     * sentence about the birth in Saratoga out of the passages.
     */
    private static final ContextRegenerator GOOD = request -> {
        if (request.query() == null) {
            String question = request.text().substring(request.text().indexOf("In which city"));
            return new RegeneratedContext(request.text(), "", question, List.of(), null);
        }
        String kept = Arrays.stream(request.text().split("(?<=\\.) "))
                .filter(sentence -> sentence.contains("born in Saratoga"))
                .collect(Collectors.joining(" "));
        return new RegeneratedContext(request.text(), kept, request.query(), List.of(), null);
    };

    @Test
    void should_show_the_plain_chain_injecting_distractors_and_the_s2a_chain_filtering_them() {
        // given
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScriptedChatModel model = ScriptedChatModel.replying(request -> "Saratoga.");

        // when
        RagExample.run(new AllMiniLmL6V2QuantizedEmbeddingModel(), GOOD, model,
                new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true));

        // then
        String report = bytes.toString(StandardCharsets.UTF_8);
        String plain = report.substring(report.indexOf("== Plain chain"), report.indexOf("== S2A chain"));
        String s2a = report.substring(report.indexOf("== S2A chain"));
        assertThat(plain)
                .contains("Retrieval query: " + RagExample.QUESTION)
                .contains("Retrieved (4):")
                .contains("  | Gary Liccardo, a Bay Area restaurateur, was born in Sunnyvale.")
                .doesNotContain("dropped");
        assertThat(s2a)
                .contains("Retrieval query: In which city was Sam Liccardo born?")
                .contains("Retrieved (3):")
                .contains("dropped 0.79 Gary Liccardo")
                .contains("kept    0.90 Sam Liccardo was born in Saratoga")
                .contains("Plain answer: Saratoga.", "S2A answer:   Saratoga.");
        String s2aPrompt = s2a.substring(s2a.indexOf("Prompt the model sees:"), s2a.indexOf("Plain answer"));
        assertThat(s2aPrompt).doesNotContain("Sunnyvale", "I think");
        assertThat(model.requests()).hasSize(2);
    }

    @Test
    void should_print_one_row_per_k_with_the_target() {
        // given
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RagBenchmark benchmark = new RagBenchmark(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        // when
        int status = new picocli.CommandLine(benchmark)
                .execute("--latency-ms", "1", "--parallelism", "2", "--contents", "1,2,3", "--runs", "1");

        // then
        String table = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(table.lines().filter(line -> line.startsWith("| ")))
                .hasSize(4)
                .anySatisfy(line -> assertThat(line).startsWith("| 1 |").contains("<= 1.3 L"))
                .anySatisfy(line -> assertThat(line).startsWith("| 3 |").endsWith("K > pool: ~2 L expected |"));
    }
}
