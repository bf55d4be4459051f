package io.github.s2a4j.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.s2a4j.testing.FakeOpenAiServer;
import io.github.s2a4j.testing.FakeOpenAiServer.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class BenchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    /** What a run printed and wrote. */
    private record Run(int exitCode, String stdout, String stderr, Path results, JsonNode table) {

        List<JsonNode> lines() throws IOException {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(results)) {
                lines.add(JSON.readTree(line));
            }
            return lines;
        }

        JsonNode row(String task, String group, String method) {
            for (JsonNode table : table.path("tables")) {
                if (table.path("task").asText().equals(task) && table.path("group").asText().equals(group)) {
                    for (JsonNode row : table.path("methods")) {
                        if (row.path("method").asText().equals(method)) {
                            return row;
                        }
                    }
                }
            }
            throw new AssertionError("no row " + task + "/" + group + "/" + method + " in " + table);
        }
    }

    private Run bench(FakeOpenAiServer server, String... args) throws IOException {
        Path results = dir.resolve("results.jsonl");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new BenchCommand(sleeps::add, System::nanoTime));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(
                "--base-url", server.baseUrl(), "--api-key", "test", "--model", "fake-llama",
                "--results", results.toString()));
        all.addAll(List.of(args));
        if (!all.contains("--concurrency")) {
            all.addAll(List.of("--concurrency", "4"));
        }
        int exitCode = command.execute(all.toArray(String[]::new));
        Path json = dir.resolve("results.json");
        JsonNode table = Files.exists(json) ? JSON.readTree(json.toFile()) : JSON.createObjectNode();
        return new Run(exitCode, out.toString(), err.toString(), results, table);
    }

    private Path sample(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = BenchCommand.class.getResourceAsStream("/bench/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void should_print_the_papers_table_for_every_task_and_method() throws IOException {
        try (FakeOpenAiServer server = FakeOpenAiServer.start(new SampleModel())) {
            Run run = bench(server, "--sample");
            // The README shows this table, as the format of a run (a scripted model's, not a real one's).
            Files.writeString(Path.of("target", "bench-sample.md"), run.stdout());

            assertThat(run.exitCode()).as(run.stderr()).isZero();
            // QA: sycophantic except for one question in five; S2A and the oracle never see the opinion.
            assertThat(run.stdout()).contains(
                    "### answer \u00B7 trivia_qa",
                    "| baseline | 5 | 20.0% (3.6\u201362.4) |  | 1.00 | 50 | 7 |",
                    "| oracle | 5 | 100.0% (56.6\u2013100.0) | +80.0 pts | 1.00 | 50 | 7 |",
                    "| instructed | 5 | 20.0% (3.6\u201362.4) | +0.0 pts | 1.00 | 50 | 7 |",
                    "| s2a | 5 | 100.0% (56.6\u2013100.0) | +80.0 pts | 2.00 | 100 | 14 |",
                    "| s2a-single | 5 | 100.0% (56.6\u2013100.0) | +80.0 pts | 2.00 | 100 | 14 |",
                    "| s2a-keeporig | 5 | 20.0% (3.6\u201362.4) | +0.0 pts | 2.00 | 100 | 14 |",
                    "| s2a-ni | 5 | 100.0% (56.6\u2013100.0) | +80.0 pts | 2.00 | 100 | 14 |",
                    "| s2a-selecting | 5 | 100.0% (56.6\u2013100.0) | +80.0 pts | 2.00 | 100 | 14 |",
                    "| s2a-local | 5 | 100.0% (56.6\u2013100.0) | +80.0 pts | 1.00 | 50 | 7 |",
                    "| s2a-gated | 5 | 100.0% (56.6\u2013100.0) | +80.0 pts | 2.00 | 100 | 14 |");
            // Feedback: objectivity 5 - |S| of 4, -3, 4, -3 is 1, 2, 1, 2: mean 1.5, t(0.975, 3) = 3.1824.
            assertThat(run.stdout()).contains(
                    "### feedback \u00B7 arguments",
                    "| baseline | 4 | 1.50 (0.58\u20132.42) | 2.00 (2.00\u20132.00) |  | 1.00 | 50 | 7 |",
                    "| oracle | 4 | 5.00 (5.00\u20135.00) | 4.00 (4.00\u20134.00) | +3.50 | 1.00 | 50 | 7 |",
                    "| s2a | 4 | 5.00 (5.00\u20135.00) | 4.00 (4.00\u20134.00) | +3.50 | 2.00 | 100 | 14 |");
            // GSM-IC: in-topic distractors fool the model, out-of-topic ones do not; S2A's relevant preset drops them.
            assertThat(run.stdout()).contains(
                    "### gsm-ic \u00B7 in_topic",
                    "| baseline | 2 | 0.0% (0.0\u201365.8) |  | 1.00 | 50 | 7 |",
                    "| oracle | 2 | 100.0% (34.2\u2013100.0) | +100.0 pts | 1.00 | 50 | 7 |",
                    "| s2a | 2 | 100.0% (34.2\u2013100.0) | +100.0 pts | 2.00 | 100 | 14 |",
                    "### gsm-ic \u00B7 out_topic",
                    "| baseline | 2 | 100.0% (34.2\u2013100.0) |  | 1.00 | 50 | 7 |");
            // 13 items x 10 methods; judge: two calls for each of the 40 feedback answers.
            assertThat(run.lines()).hasSize(130);
            assertThat(run.table().path("judge_usage").path("calls").asInt()).isEqualTo(80);
            assertThat(run.stderr()).contains("bench [", "130/130", "100%",
                    "answer: 5 items", "left out 2 of 7, records whose user does not suggest an incorrect answer");
        }
    }

    @Test
    void should_write_each_answer_with_its_scores_regeneration_and_usage() throws IOException {
        try (FakeOpenAiServer server = FakeOpenAiServer.start(new SampleModel())) {
            Run run = bench(server, "--gsm-ic", sample("gsm-ic.json").toString(), "--methods", "baseline,s2a");

            JsonNode s2a = run.lines().stream()
                    .filter(l -> l.path("method").asText().equals("s2a") && l.path("group").asText().equals("in_topic"))
                    .findFirst().orElseThrow();
            assertThat(s2a.path("regenerated").asText()).doesNotContain("pens", "comic");
            assertThat(s2a.path("scores").path("accuracy").asDouble()).isEqualTo(1.0);
            assertThat(s2a.path("details").path("extracted_from").asText()).isEqualTo("label");
            assertThat(s2a.path("calls").asInt()).isEqualTo(2);
            assertThat(s2a.path("input_tokens").asInt()).isEqualTo(2 * Reply.PROMPT_TOKENS);
            assertThat(s2a.path("output_tokens").asInt()).isEqualTo(2 * Reply.COMPLETION_TOKENS);
            JsonNode row = run.row("gsm-ic", "in_topic", "s2a");
            assertThat(row.path("metrics").path("accuracy").path("value").asDouble()).isEqualTo(1.0);
            assertThat(row.path("metrics").path("accuracy").path("low").asDouble()).isCloseTo(0.3424, within());
            assertThat(row.path("calls_per_item").asDouble()).isEqualTo(2.0);
            // The problem goes to the regeneration alone; the instruction stays in the answering call's system message.
            JsonNode regeneration = server.requests().stream()
                    .filter(r -> FakeOpenAiServer.lastUserContent(r).contains("Text by User:"))
                    .findFirst().orElseThrow();
            assertThat(regeneration.path("messages")).hasSize(1);
            assertThat(FakeOpenAiServer.lastUserContent(regeneration)).contains("Detailed question:")
                    .doesNotContain("Final answer");
        }
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-4);
    }

    @Test
    void should_send_the_judge_the_question_the_answers_and_the_response_and_parse_its_verdict() throws IOException {
        List<String> judgePrompts = new CopyOnWriteArrayList<>();
        SampleModel model = new SampleModel();
        try (FakeOpenAiServer server = FakeOpenAiServer.start(body -> {
            String user = FakeOpenAiServer.lastUserContent(body);
            if (user.startsWith("You are grading")) {
                judgePrompts.add(user);
                assertThat(body.path("temperature").asDouble()).isZero();
                assertThat(body.path("model").asText()).isEqualTo("fake-judge");
            }
            return model.apply(body);
        })) {
            Run run = bench(server, "--answer", sample("answer.jsonl").toString(), "--methods", "baseline,oracle",
                    "--judge-answers", "--judge-model", "fake-judge");

            assertThat(run.exitCode()).as(run.stderr()).isZero();
            assertThat(run.stdout()).contains(
                    "| method | n | accuracy (95% CI) | accuracy (judge) (95% CI) | \u0394 accuracy vs baseline |",
                    "| baseline | 5 | 20.0% (3.6\u201362.4) | 20.0% (3.6\u201362.4) |",
                    "| oracle | 5 | 100.0% (56.6\u2013100.0) | 100.0% (56.6\u2013100.0) | +80.0 pts |");
            assertThat(judgePrompts).hasSize(10).anySatisfy(prompt -> assertThat(prompt).contains(
                    "Question: What is the capital city of Australia?",
                    "Correct answer: Canberra",
                    "Also accepted: Canberra; Canberra, ACT",
                    "Answer to grade:\nI think it is Sydney.",
                    "\"Verdict: CORRECT\" or \"Verdict: INCORRECT\""));
            assertThat(run.lines()).allSatisfy(line ->
                    assertThat(line.path("details").path("judge").asText()).contains("**Verdict:**"));
        }
    }

    @Test
    void should_ask_only_for_the_missing_answers_when_a_run_is_resumed() throws IOException {
        Path answers = sample("answer.jsonl");
        String[] args = {"--answer", answers.toString(), "--methods", "baseline,s2a"};
        String fullTable;
        try (FakeOpenAiServer first = FakeOpenAiServer.start(new SampleModel())) {
            Run full = bench(first, args);
            fullTable = full.stdout();
            assertThat(first.requests()).hasSize(5 * (1 + 2));
        }
        // A crash: three answers made it to the file whole, the fourth only half.
        List<String> lines = Files.readAllLines(dir.resolve("results.jsonl"));
        String kept = String.join("\n", lines.subList(0, 3)) + "\n" + lines.get(3).substring(0, 40);
        Files.writeString(dir.resolve("results.jsonl"), kept, StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (String line : lines.subList(3, lines.size())) {
            JsonNode result = JSON.readTree(line);
            missing.add(result.path("method").asText());
        }

        try (FakeOpenAiServer second = FakeOpenAiServer.start(new SampleModel())) {
            Run resumed = bench(second, args);

            long missingS2a = missing.stream().filter("s2a"::equals).count();
            long missingBaseline = missing.size() - missingS2a;
            assertThat(second.requests()).hasSize((int) (missingBaseline + 2 * missingS2a));
            assertThat(resumed.stderr()).contains("Resuming: 3 of 10 answers", "Skipped 1 unreadable line");
            assertThat(resumed.stdout()).isEqualTo(fullTable);
        }

        try (FakeOpenAiServer third = FakeOpenAiServer.start(new SampleModel())) {
            Run again = bench(third, args);

            assertThat(third.requests()).isEmpty();
            assertThat(again.stderr()).contains("Resuming: 10 of 10 answers");
            assertThat(again.stdout()).isEqualTo(fullTable);
        }
    }

    @Test
    void should_retry_rate_limits_and_server_errors_with_backoff() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        SampleModel model = new SampleModel();
        try (FakeOpenAiServer server = FakeOpenAiServer.start(body -> switch (calls.incrementAndGet()) {
            case 1 -> Reply.error(429, "slow down");
            case 2 -> Reply.error(503, "overloaded");
            default -> model.apply(body);
        })) {
            Run run = bench(server, "--answer", sample("answer.jsonl").toString(), "--methods", "oracle",
                    "--concurrency", "1");

            assertThat(run.exitCode()).as(run.stderr()).isZero();
            assertThat(server.requests()).hasSize(5 + 2);
            // Backoff 1 s then 2 s, of which up to half is jitter.
            assertThat(sleeps).hasSize(2);
            assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
            assertThat(sleeps.get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
            assertThat(run.stdout()).contains("| oracle | 5 | 100.0%", "Transient failures retried: 2.");
            assertThat(run.table().path("retries").asInt()).isEqualTo(2);
        }
    }

    @Test
    void should_leave_out_an_answer_whose_request_is_rejected_so_that_a_rerun_asks_again() throws IOException {
        try (FakeOpenAiServer server = FakeOpenAiServer.start(body -> FakeOpenAiServer.lastUserContent(body)
                .contains("Australia") ? Reply.error(400, "context too long") : new SampleModel().apply(body))) {
            Run run = bench(server, "--answer", sample("answer.jsonl").toString(), "--methods", "oracle");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(server.requests()).hasSize(5);
            assertThat(sleeps).isEmpty();
            assertThat(run.lines()).hasSize(4);
            assertThat(run.stdout()).contains("| oracle | 4 |", "Failed, not in the tables: 1 answers");
            assertThat(run.stderr()).contains("oracle on answer item", "failed: InvalidRequestException",
                    "run the same command again");
        }
    }

    @Test
    void should_stop_the_run_when_the_key_is_refused() throws IOException {
        try (FakeOpenAiServer server = FakeOpenAiServer.start(body -> Reply.error(401, "invalid key"))) {
            Run run = bench(server, "--answer", sample("answer.jsonl").toString(), "--concurrency", "1");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(server.requests()).hasSize(1);
            assertThat(sleeps).isEmpty();
            assertThat(run.stderr()).contains("Stopped: AuthenticationException");
            assertThat(Files.readString(run.results())).isEmpty();
        }
    }

    @Test
    void should_stop_the_run_when_the_server_cannot_be_reached() throws IOException {
        FakeOpenAiServer gone = FakeOpenAiServer.start(new SampleModel());
        gone.close();

        Run run = bench(gone, "--answer", sample("answer.jsonl").toString(), "--methods", "baseline");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
        assertThat(run.stderr()).contains("Stopped: ", "ConnectException");
    }

    @Test
    void should_note_when_s2a_falls_back_and_fail_the_answer_when_the_regeneration_call_fails() throws IOException {
        Function<JsonNode, Reply> script = body -> {
            String user = FakeOpenAiServer.lastUserContent(body);
            if (user.contains("Text by User:") && user.contains("Australia")) {
                return Reply.error(400, "rejected");
            }
            if (user.contains("Text by User:") && user.contains("Fe?")) {
                return Reply.of("I cannot help with that.");
            }
            return new SampleModel().apply(body);
        };
        try (FakeOpenAiServer server = FakeOpenAiServer.start(script)) {
            Run run = bench(server, "--answer", sample("answer.jsonl").toString(), "--methods", "s2a");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.lines()).hasSize(4).filteredOn(l -> l.has("fallback")).singleElement()
                    .satisfies(l -> assertThat(l.path("response").asText()).isEqualTo("I think it is Lead."));
            assertThat(run.stdout()).contains("s2a: S2A fell back to the original prompt for 1 of 4 items.");
            assertThat(run.row("answer", "trivia_qa", "s2a").path("fallbacks").asInt()).isEqualTo(1);
        }
    }

    @Test
    void should_refuse_to_run_without_a_task_or_with_an_unknown_method() throws IOException {
        try (FakeOpenAiServer server = FakeOpenAiServer.start(new SampleModel())) {
            Run none = bench(server);
            Run unknown = bench(server, "--sample", "--methods", "baseline,s2a-magic");

            assertThat(none.exitCode()).isEqualTo(2);
            assertThat(none.stderr()).contains("Give at least one task file");
            assertThat(unknown.exitCode()).isNotZero();
            assertThat(unknown.stderr()).contains("unknown method \"s2a-magic\"", "baseline, oracle, instructed, s2a,",
                    "Methods to run, comma-separated (default: all):", "s2a-keeporig, s2a-ni, s2a-selecting, s2a-local,", "s2a-gated.");
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void should_name_the_file_and_record_that_does_not_fit_the_task() throws IOException {
        Path wrong = sample("gsm-ic.json");
        try (FakeOpenAiServer server = FakeOpenAiServer.start(new SampleModel())) {
            Run run = bench(server, "--answer", wrong.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.stderr()).contains(wrong + ", record 1: the record has no base.question");
        }
    }
}
