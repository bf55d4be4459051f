package io.github.s2a4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

final class CalibrateCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "data/heldout.jsonl", "data/blind.jsonl", "data/chat.jsonl", "data/hand.jsonl", "data/probe.jsonl",
        "data/probe2.jsonl", "data/train.jsonl,data/probe2.jsonl"
    })
    void should_refuse_to_fit_on_a_held_out_or_check_file(String file) {
        // given
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new S2aCommand());
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));

        // when
        int status = commandLine.execute("calibrate", "--input", file);

        // then
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("refusing to fit on a held-out or check file")
                .contains(file.substring(file.lastIndexOf(',') + 1));
    }
}
