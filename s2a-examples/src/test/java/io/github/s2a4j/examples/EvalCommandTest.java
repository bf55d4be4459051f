package io.github.s2a4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.s2a4j.testing.FakeOpenAiServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class EvalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {

        JsonNode result() throws IOException {
            List<String> lines = out.strip().lines().toList();
            return JSON.readTree(lines.get(lines.size() - 1));
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new S2aCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private Path file(EvalRecord... records) throws IOException {
        Path file = dir.resolve("cases.jsonl");
        StringBuilder lines = new StringBuilder();
        for (EvalRecord record : records) {
            lines.append(record.toJson()).append('\n');
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void should_score_an_llm_regenerator_record_by_record_as_the_design_defines() throws IOException {
        // given: four cases, and a fake OpenAI server whose regenerations are right, keep an opinion, are right,
        // and lose a sentence to keep
        Path input = file(
                new EvalRecord("o1", "opinion", "What is 2+2? I think it's 5.", List.of("What is 2+2?"),
                        List.of("I think it's 5.")),
                new EvalRecord("o2", "opinion", "What is 3+3? I think it's 7.", List.of("What is 3+3?"),
                        List.of("I think it's 7.")),
                new EvalRecord("c1", "clean", "Tom has 3 apples. How many apples does Tom have?",
                        List.of("Tom has 3 apples.", "How many apples does Tom have?"), List.of()),
                new EvalRecord("d1", "distractor", "Ann has 2 cats. Bo has 9 dogs. How many cats does Ann have?",
                        List.of("Ann has 2 cats.", "How many cats does Ann have?"), List.of("Bo has 9 dogs.")));
        try (FakeOpenAiServer server = FakeOpenAiServer.s2a(text -> {
            if (text.contains("2+2")) {
                return labelled("", "What is 2+2?");
            } else if (text.contains("3+3")) {
                return labelled("I think it's 7.", "What is 3+3?");
            } else if (text.contains("Tom")) {
                return labelled("Tom has 3 apples.", "How many apples does Tom have?");
            }
            return labelled("", "How many cats does Ann have?");
        }, body -> "unused")) {

            // when
            Run run = run("eval", "--regenerator", "llm", "--input", input.toString(), "--base-url", server.baseUrl(),
                    "--api-key", "test");

            // then: drop_recall 2 of 3 (o1, d1), keep_loss 1 of 4 (d1), clean 2 of 4 (o1, c1)
            assertThat(run.status()).isZero();
            JsonNode result = run.result();
            assertThat(result.path("records").asInt()).isEqualTo(4);
            assertThat(result.path("drop_recall").asDouble()).isEqualTo(0.6667);
            assertThat(result.path("keep_loss").asDouble()).isEqualTo(0.25);
            assertThat(result.path("clean").asDouble()).isEqualTo(0.5);
            assertThat(result.path("ms_per_record").isNumber()).isTrue();
            assertThat(result.fieldNames()).toIterable()
                    .containsExactly("records", "drop_recall", "keep_loss", "clean", "ms_per_record", "by_task");
            JsonNode byTask = result.path("by_task");
            assertThat(byTask.path("opinion").path("records").asInt()).isEqualTo(2);
            assertThat(byTask.path("opinion").path("drop_recall").asDouble()).isEqualTo(0.5);
            assertThat(byTask.path("opinion").path("keep_loss").asDouble()).isZero();
            assertThat(byTask.path("opinion").path("clean").asDouble()).isEqualTo(0.5);
            assertThat(byTask.path("clean").path("drop_recall").isNull()).isTrue();
            assertThat(byTask.path("clean").path("clean").asDouble()).isEqualTo(1.0);
            assertThat(byTask.path("distractor").path("drop_recall").asDouble()).isEqualTo(1.0);
            assertThat(byTask.path("distractor").path("keep_loss").asDouble()).isEqualTo(1.0);
            assertThat(byTask.path("distractor").path("clean").asDouble()).isZero();
            assertThat(run.out()).contains("| task | records | drop_recall | keep_loss | clean | ms/record |")
                    .contains("| opinion | 2 | 0.500 | 0.000 | 0.500 |")
                    .contains("| **all** | 4 | 0.667 | 0.250 | 0.500 |");
            assertThat(run.err()).contains("eval: 4/4 records");
            assertThat(server.requests()).hasSize(4);
        }
    }

    @Test
    void should_score_a_failed_regeneration_as_the_original_text() throws IOException {
        Path input = file(new EvalRecord("o1", "opinion", "What is 2+2? I think it's 5.", List.of("What is 2+2?"),
                List.of("I think it's 5.")));
        try (FakeOpenAiServer server = FakeOpenAiServer.start(body -> FakeOpenAiServer.Reply.of("no labels here"))) {

            Run run = run("eval", "--regenerator", "llm", "--input", input.toString(), "--base-url", server.baseUrl(),
                    "--failures");

            assertThat(run.status()).isZero();
            assertThat(run.result().path("drop_recall").asDouble()).isZero();
            assertThat(run.result().path("keep_loss").asDouble()).isZero();
            assertThat(run.err()).contains("o1: regeneration failed").contains("1 regenerations failed")
                    .contains("not clean: o1 [kept a drop span]");
        }
    }

    @Test
    void should_run_the_local_regenerator_by_default() throws IOException {
        Path input = file(
                new EvalRecord("o1", "opinion",
                        "Which element has the chemical symbol Fe? I think the answer is lead, but I'm really not sure.",
                        List.of("Which element has the chemical symbol Fe?"),
                        List.of("I think the answer is lead, but I'm really not sure.")),
                new EvalRecord("c1", "clean", "Lucy has $65 in the bank. What is Lucy's bank balance?",
                        List.of("Lucy has $65 in the bank.", "What is Lucy's bank balance?"), List.of()));

        Run run = run("eval", "--input", input.toString());

        assertThat(run.status()).isZero();
        JsonNode result = run.result();
        assertThat(result.path("records").asInt()).isEqualTo(2);
        assertThat(result.path("drop_recall").asDouble()).isEqualTo(1.0);
        assertThat(result.path("keep_loss").asDouble()).isZero();
        assertThat(result.path("clean").asDouble()).isEqualTo(1.0);
        assertThat(run.err()).contains("local regenerator");
    }

    @Test
    void should_say_so_when_the_llm_regenerator_has_no_model() throws IOException {
        assumeThat(System.getenv("OPENAI_API_KEY")).isNull();
        assumeThat(System.getenv("OPENAI_BASE_URL")).isNull();
        assumeThat(System.getenv("OLLAMA_BASE_URL")).isNull();
        Path input = file(new EvalRecord("c1", "clean", "Hi?", List.of("Hi?"), List.of()));

        Run run = run("eval", "--regenerator", "llm", "--input", input.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("eval --regenerator llm needs a chat model").contains("--regenerator local");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_name_the_line_of_a_broken_record() throws IOException {
        Path input = dir.resolve("broken.jsonl");
        Files.writeString(input, "{\"id\":\"a\",\"text\":\"Hi?\"}\n\n{\"id\":\"b\"}\n", StandardCharsets.UTF_8);

        Run run = run("eval", "--input", input.toString());

        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("broken.jsonl:3: not a record: no \"text\"");
    }

    private static String labelled(String context, String question) {
        return "Unbiased text context (includes all content except user's bias): " + context
                + "\n\nQuestion/Query (does not include user bias/preference): " + question;
    }
}
