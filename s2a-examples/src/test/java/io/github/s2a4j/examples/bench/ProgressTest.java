package io.github.s2a4j.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class ProgressTest {

    private long now;

    @Test
    void should_show_done_total_rate_and_time_left() {
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), 100, 20, false, () -> now);

        now = 10_000_000_000L;
        for (int i = 0; i < 20; i++) {
            progress.step(i != 0);
        }

        // 20 answered in 10 s: 2/s; 60 left: 30 s.
        assertThat(progress.line(now)).isEqualTo("bench [#########---------------] 40/100  40%  2.00/s  ETA 30s  1 failed");
    }

    @Test
    void should_print_plain_lines_every_tenth_when_not_on_a_terminal() {
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), 20, 0, false, () -> now);

        for (int i = 0; i < 20; i++) {
            now += 1_000_000_000L;
            progress.step(true);
        }
        progress.finish();

        String[] lines = out.toString().split("\n", -1);
        assertThat(lines).hasSize(11).doesNotContain("\r");
        assertThat(lines[0]).startsWith("bench [##").contains(" 2/20 ");
        assertThat(lines[9]).contains("20/20", "100%", "1.00/s").doesNotContain("ETA");
    }

    @Test
    void should_redraw_one_line_on_a_terminal() {
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), 3, 0, true, () -> now);

        for (int i = 0; i < 3; i++) {
            now += 200_000_000L;
            progress.step(true);
        }
        progress.finish();

        assertThat(out.toString()).startsWith("\rbench [").endsWith("3/3 100%  5.00/s\u001B[K\n")
                .doesNotContain("\n\r");
    }

    @Test
    void should_write_durations_for_people() {
        assertThat(Progress.format(Duration.ofSeconds(42))).isEqualTo("42s");
        assertThat(Progress.format(Duration.ofSeconds(295))).isEqualTo("4m55s");
        assertThat(Progress.format(Duration.ofSeconds(7265))).isEqualTo("2h01m");
    }
}
