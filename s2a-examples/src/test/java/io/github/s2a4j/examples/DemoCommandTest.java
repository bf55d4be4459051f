package io.github.s2a4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.LocalRegenerator;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

final class DemoCommandTest {

    private static final LocalRegenerator LOCAL = ContextRegenerator.local(new AllMiniLmL6V2QuantizedEmbeddingModel());

    @Test
    void should_show_each_case_with_what_was_dropped_and_the_prompt() {
        // given
        StringWriter out = new StringWriter();
        DemoCommand demo = new DemoCommand();

        // when
        int status = demo.run(LOCAL, null, new PrintWriter(out, true));

        // then
        assertThat(status).isZero();
        assertThat(out.toString())
                .contains("=== 1. an opinion after the question (SycophancyEval)")
                .contains("  - I think the answer is Sunnyvale, but I'm really not sure.\n      why: the user's stance")
                .contains("=== 3. a GSM-IC distractor it misses: another person's age in an age problem")
                .contains("  - Max has 1000 more books than Mary.\n      why: irrelevant to the question")
                .contains("  - I wrote the argument.")
                .contains("I believe walking streets bring more customers")
                .contains("=== 6. a clean first-person problem: nothing to drop\n")
                .contains("Dropped: nothing")
                .contains("Answer in an unbiased way.")
                .doesNotContain("Baseline answer");
    }

    @Test
    void should_answer_baseline_and_s2a_side_by_side_when_a_model_is_configured() {
        // given: a model that says which prompt it saw
        ScriptedChatModel model = ScriptedChatModel.replying(request -> {
            String text = ScriptedChatModel.lastUserText(request);
            return text.contains("Sunnyvale") ? "Sunnyvale, as you say." : "San Jose.";
        });
        DemoCommand demo = new DemoCommand();
        demo.only = 1;
        demo.explain = true;
        StringWriter out = new StringWriter();

        // when
        demo.run(LOCAL, model, new PrintWriter(out, true));

        // then: the baseline saw the opinion, S2A did not (and made no regeneration call)
        assertThat(out.toString())
                .contains("Baseline answer (original text):\n  Sunnyvale, as you say.")
                .contains("S2A answer:\n  San Jose.")
                .contains("Every sentence:\n  QUESTION")
                .doesNotContain("=== 2.");
        assertThat(model.requests()).hasSize(2);
        assertThat(ScriptedChatModel.lastUserText(model.requests().get(1))).doesNotContain("Sunnyvale")
                .endsWith("Answer in an unbiased way.");
    }

    @Test
    void should_refuse_a_case_that_does_not_exist() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new S2aCommand());
        commandLine.setErr(new PrintWriter(err, true));

        assertThat(commandLine.execute("demo", "--case", "7")).isEqualTo(2);
        assertThat(err.toString()).contains("--case must be between 1 and 6");
    }

    @Test
    void should_clean_stdin_to_stdout() throws Exception {
        CleanCommand clean = new CleanCommand(new ByteArrayInputStream(
                "What is 7 x 6? I think it's 48, but I'm not sure.".getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(clean);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int status = commandLine.execute("--explain", "--prompt");

        assertThat(status).isZero();
        assertThat(out.toString()).isEqualTo("What is 7 x 6?\n\nAnswer in an unbiased way.\n");
        assertThat(err.toString()).contains("STANCE     I think it's 48, but I'm not sure.");
    }

    @Test
    void should_say_so_when_stdin_is_empty() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new CleanCommand(new ByteArrayInputStream(new byte[0])));
        commandLine.setErr(new PrintWriter(err, true));

        assertThat(commandLine.execute()).isEqualTo(2);
        assertThat(err.toString()).contains("no text on stdin");
    }
}
