package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.output.TokenUsage;
import io.github.s2a4j.core.internal.Sentences;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class GatedRegeneratorTest {

    /** Clean texts, texts with a user's opinion and texts with a distractor sentence, in the eval format. */
    private static final List<JsonNode> CORPUS = Corpus.read("/gate/corpus.jsonl");

    /** Every span of the corpus that a good regeneration drops. */
    private static final List<String> DROPS = CORPUS.stream()
            .flatMap(record -> Corpus.strings(record.get("drop")).stream())
            .map(GatedRegeneratorTest::fold)
            .toList();

    /** A predicate a user might give: first-person opinion cues. */
    private static final Pattern OPINION_CUES = Pattern.compile(
            "(?i)\\bI (?:do not |don't |really )?(?:think|believe|guess|suspect|feel|like|dislike)\\b|\\bI'd say\\b"
                    + "|\\bI'm (?:pretty sure|convinced|not sure)\\b|\\bin my opinion\\b|\\bpersonally\\b");

    private static final Pattern NUMBERED = Pattern.compile("(?m)^\\[(\\d+)] (.*)$");

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static boolean isDrop(String sentence) {
        String folded = fold(sentence);
        return DROPS.stream().anyMatch(folded::contains);
    }

    /** A selection model that answers as a perfect one would: every sentence but the corpus' drops. */
    private static String perfectSelection(String prompt) {
        List<String> keep = new ArrayList<>();
        String question = "";
        Matcher line = NUMBERED.matcher(prompt);
        while (line.find()) {
            if (line.group(2).contains("?")) {
                question = line.group(1);
            } else if (!isDrop(line.group(2))) {
                keep.add(line.group(1));
            }
        }
        return "Context: " + (keep.isEmpty() ? "none" : String.join(", ", keep)) + "\nQuestion: " + question;
    }

    /** Stands in for the local regenerator: no model call, removes the sentences with a corpus drop. */
    private static final ContextRegenerator SCRIPTED_DETECTOR = request -> {
        List<Removal> removed = Sentences.texts(request.text()).stream()
                .filter(GatedRegeneratorTest::isDrop)
                .map(sentence -> new Removal(sentence, "scripted"))
                .toList();
        return new RegeneratedContext(request.text(), request.text(), "", removed, null);
    };

    /** What S2A did with each record of the corpus: the model calls it made and the removals it reported. */
    private record Run(JsonNode record, int calls, List<Removal> removed, String answeringText) {

        String task() {
            return record.get("task").asText();
        }
    }

    private static List<Run> run(Function<ScriptedChatModel, ContextRegenerator> regenerator) {
        List<Run> runs = new ArrayList<>();
        for (JsonNode record : CORPUS) {
            ScriptedChatModel model = ScriptedChatModel.s2a(GatedRegeneratorTest::perfectSelection, request -> "ok");
            List<List<Removal>> removed = new ArrayList<>();
            S2AChatModel s2a = S2AChatModel.builder()
                    .delegate(model)
                    .regenerator(regenerator.apply(model))
                    .listener(new S2AListener() {
                        @Override
                        public void onRegenerated(RegeneratedContext regenerated) {
                            removed.add(regenerated.removed());
                        }
                    })
                    .build();
            s2a.chat(record.get("text").asText());
            runs.add(new Run(record, model.requests().size(), removed.get(0),
                    ScriptedChatModel.lastUserText(model.answeringRequests().get(0))));
        }
        return runs;
    }

    private static double callsPerRequest(List<Run> runs, String task) {
        return runs.stream().filter(run -> run.task().equals(task)).mapToInt(Run::calls).average().orElseThrow();
    }

    @Test
    void should_spend_no_regeneration_call_on_clean_texts_and_remove_the_same_as_without_the_gate() {
        // given the selecting regenerator alone, and behind a gate whose detector finds what it would remove
        List<Run> ungated = run(model -> ContextRegenerator.selecting(model));
        List<Run> gated = run(model -> ContextRegenerator.gated(SCRIPTED_DETECTOR,
                ContextRegenerator.selecting(model)));

        // then clean texts cost the answering call only, and texts with something to remove lose the same sentences
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(60);
        assertThat(callsPerRequest(ungated, "clean")).isEqualTo(2.0);
        assertThat(callsPerRequest(gated, "clean")).isEqualTo(1.0);
        for (int i = 0; i < CORPUS.size(); i++) {
            Run with = gated.get(i);
            Run without = ungated.get(i);
            if (with.task().equals("clean")) {
                assertThat(with.removed()).as(with.record().toString()).isEmpty();
                assertThat(fold(with.answeringText())).as("the clean text reaches the answering model whole")
                        .contains(fold(with.record().get("text").asText()).replaceAll("\\s*[^.?!]+[?]\\s*$", ""));
            } else {
                assertThat(with.calls()).isEqualTo(2);
                assertThat(with.removed()).as(with.record().toString()).isNotEmpty().isEqualTo(without.removed());
                assertThat(with.answeringText()).isEqualTo(without.answeringText());
            }
        }
    }

    @Test
    void should_regenerate_exactly_the_texts_a_predicate_flags() {
        // given a gate on first-person opinion cues, a detector a user might write
        Predicate<RegenerationRequest> opinion = request -> OPINION_CUES.matcher(request.text()).find();
        List<Run> ungated = run(model -> ContextRegenerator.selecting(model));
        List<Run> gated = run(model -> GatedRegenerator.builder()
                .predicate(opinion)
                .regenerator(ContextRegenerator.selecting(model))
                .build());

        // then a flagged text is regenerated as without the gate; any other costs no call and loses nothing
        for (int i = 0; i < CORPUS.size(); i++) {
            Run with = gated.get(i);
            boolean flagged = opinion.test(RegenerationRequest.of(with.record().get("text").asText()));
            if (flagged) {
                assertThat(with.calls()).isEqualTo(2);
                assertThat(with.removed()).isEqualTo(ungated.get(i).removed());
            } else {
                assertThat(with.calls()).isEqualTo(1);
                assertThat(with.removed()).isEmpty();
            }
        }
        assertThat(callsPerRequest(gated, "clean")).isLessThanOrEqualTo(1.05);
        assertThat(callsPerRequest(gated, "opinion")).isEqualTo(2.0);
    }

    @Test
    void should_return_a_clean_text_unchanged_as_context_and_question() {
        ContextRegenerator gate = GatedRegenerator.builder()
                .predicate(request -> false)
                .regenerator(request -> {
                    throw new AssertionError("no regeneration for a clean text");
                })
                .build();

        RegeneratedContext middle = gate.regenerate(RegenerationRequest.of("Mary has 12 apples. How many does she "
                + "have after giving 5 away? Answer with a number."));
        RegeneratedContext noQuestion = gate.regenerate(RegenerationRequest.of("Write a poem. Make it short."));
        RegeneratedContext withQuery = gate.regenerate(RegenerationRequest.builder()
                .text(" Paris is the capital of France. ").query("What is the capital of France?").build());

        assertThat(middle.context()).isEqualTo("Mary has 12 apples. Answer with a number.");
        assertThat(middle.question()).isEqualTo("How many does she have after giving 5 away?");
        assertThat(middle.removed()).isEmpty();
        assertThat(middle.tokenUsage()).isNull();
        assertThat(noQuestion.context()).isEqualTo("Write a poem.");
        assertThat(noQuestion.question()).isEqualTo("Make it short.");
        assertThat(withQuery.context()).isEqualTo("Paris is the capital of France.");
        assertThat(withQuery.question()).isEqualTo("What is the capital of France?");
    }

    @Test
    void should_add_the_detectors_tokens_and_regenerate_when_the_detector_fails() {
        AtomicInteger regenerations = new AtomicInteger();
        ContextRegenerator regenerator = request -> {
            regenerations.incrementAndGet();
            return new RegeneratedContext(request.text(), "", "Why?", List.of(), new TokenUsage(100, 10));
        };
        ContextRegenerator costlyDetector = request -> new RegeneratedContext(request.text(), "", "Why?",
                List.of(new Removal("x", "y")), new TokenUsage(5, 1));
        ContextRegenerator failingDetector = request -> {
            throw new IllegalStateException("no embedding model");
        };

        RegeneratedContext summed = ContextRegenerator.gated(costlyDetector, regenerator)
                .regenerate(RegenerationRequest.of("Why?"));
        RegeneratedContext afterFailure = ContextRegenerator.gated(failingDetector, regenerator)
                .regenerate(RegenerationRequest.of("Why?"));

        assertThat(summed.tokenUsage()).isEqualTo(new TokenUsage(105, 11));
        assertThat(afterFailure.tokenUsage()).isEqualTo(new TokenUsage(100, 10));
        assertThat(regenerations).hasValue(2);
    }

    @Test
    void should_reject_an_incomplete_or_ambiguous_configuration_by_name() {
        ContextRegenerator any = request -> null;

        assertThatThrownBy(() -> GatedRegenerator.builder().predicate(r -> true).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("regenerator");
        assertThatThrownBy(() -> GatedRegenerator.builder().regenerator(any).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("detector or a predicate");
        assertThatThrownBy(() -> GatedRegenerator.builder().regenerator(any).detector(any).predicate(r -> true).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> GatedRegenerator.builder().detector(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("detector");
        assertThatThrownBy(() -> GatedRegenerator.builder().predicate(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("predicate");
        assertThat(GatedRegenerator.builder().regenerator(any).predicate(r -> true).build().toString())
                .startsWith("GatedRegenerator[predicate, regenerator=");
    }
}
