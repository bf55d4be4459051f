package io.github.s2a4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

final class S2aCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine command = S2aCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void should_report_a_missing_input_file_in_one_line_with_status_2() {
        int status = execute("eval", "--input", "no/such/cases.jsonl");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString().strip())
                .isEqualTo("eval: no such file: no/such/cases.jsonl (pass its path, or run from the repository root)");
    }

    @Test
    void should_reject_an_unknown_preset_with_status_2() {
        int status = execute("eval", "--input", "cases.jsonl", "--prompt", "bogus");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("expected one of [unbiased, relevant, single]");
    }

    @Test
    void should_list_the_commands() {
        int status = execute("--help");

        assertThat(status).isZero();
        assertThat(out.toString()).contains("demo", "clean", "eval", "bench", "speed");
    }
}
