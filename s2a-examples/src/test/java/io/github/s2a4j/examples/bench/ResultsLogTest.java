package io.github.s2a4j.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ResultsLogTest {

    @TempDir
    Path dir;

    private static Result result(String item, double accuracy) {
        return new Result("answer", "trivia_qa", item, "s2a", "llama", "It is Canberra.", "Capital of Australia?",
                null, new Scores(Map.of("accuracy", accuracy), Map.of("alias", "Canberra")), new Usage(2, 100, 14));
    }

    @Test
    void should_read_back_what_it_wrote_the_last_line_of_an_answer_winning() throws Exception {
        Path file = dir.resolve("sub/results.jsonl");
        try (ResultsLog log = ResultsLog.open(file)) {
            log.append(result("a", 0));
            log.append(result("b", 1));
            log.append(result("a", 1));
        }

        try (ResultsLog log = ResultsLog.open(file)) {
            assertThat(log.previous()).hasSize(2);
            assertThat(log.previous().get("answer/a/s2a")).isEqualTo(result("a", 1));
            assertThat(log.unreadable()).isZero();
        }
    }

    @Test
    void should_skip_a_line_cut_short_and_start_the_next_on_a_line_of_its_own() throws Exception {
        Path file = dir.resolve("results.jsonl");
        Files.writeString(file, result("a", 1).toJson() + "\n{\"task\":\"answer\",\"gro");

        try (ResultsLog log = ResultsLog.open(file)) {
            assertThat(log.previous()).containsOnlyKeys("answer/a/s2a");
            assertThat(log.unreadable()).isEqualTo(1);
            log.append(result("b", 0));
        }

        try (ResultsLog log = ResultsLog.open(file)) {
            assertThat(log.previous()).containsOnlyKeys("answer/a/s2a", "answer/b/s2a");
            assertThat(log.unreadable()).isEqualTo(1);
        }
    }
}
