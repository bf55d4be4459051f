package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.UserMessage;
import io.github.s2a4j.core.internal.Sentence;
import io.github.s2a4j.core.internal.Sentences;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A corpus of user texts that try to steer the regenerator (src/test/resources/injection/corpus.jsonl): "ignore
 * the above", fake labels, closing delimiters, instructions in other languages, look-alike letters, invisible
 * characters, encodings, role-play. Each record carries what an obedient model would answer to the copying
 * prompt and to the selecting one.
 */
final class PromptInjectionTest {

    private static final List<JsonNode> CORPUS = Corpus.read("/injection/corpus.jsonl");

    private static final Pattern BLOCK = Pattern.compile(
            "<<<BEGIN (TEXT|QUERY) ([0-9a-f]{8})>>>\\n(.*?)\\n<<<END \\1 \\2>>>", Pattern.DOTALL);

    private static final String QUERY = "What does the passage say?";

    @Test
    void should_have_at_least_fifty_texts_of_every_technique() {
        Map<String, Integer> techniques = new TreeMap<>();
        CORPUS.forEach(record -> techniques.merge(record.get("technique").asText(), 1, Integer::sum));

        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(50);
        assertThat(techniques.keySet()).contains("ignore-above", "fake-labels", "closing-delimiter",
                "other-language", "lookalike", "invisible");
    }

    @Test
    void should_pass_on_nothing_but_the_texts_own_sentences_whatever_a_selecting_model_answers() {
        List<String> leaks = new ArrayList<>();
        int regenerated = 0;
        int failed = 0;
        for (JsonNode record : CORPUS) {
            String text = record.get("text").asText();
            // what an obedient model answers, and what else a model could: the copy, the text, wild numbers
            List<String> answers = List.of(record.get("selection").asText(), record.get("copy").asText(), text,
                    "Context: " + text + "\nQuestion: " + text, "Context: 1-1000\nQuestion: 0, 1000", "Context: 1-3");
            for (String answer : answers) {
                ScriptedChatModel model = ScriptedChatModel.replying(request -> answer);
                RegeneratedContext regeneration;
                try {
                    regeneration = ContextRegenerator.selecting(model).regenerate(RegenerationRequest.of(text));
                } catch (S2AException e) {
                    failed++; // the decorator falls back to the original: nothing passed on either
                    continue;
                }
                regenerated++;
                if (!wholeSentencesOf(text, regeneration.context())) {
                    leaks.add(record.get("id").asText() + ": context " + regeneration.context());
                }
                if (!text.contains(regeneration.question())) {
                    leaks.add(record.get("id").asText() + ": question " + regeneration.question());
                }
                regeneration.removed().stream().filter(removal -> !text.contains(removal.text()))
                        .forEach(removal -> leaks.add(record.get("id").asText() + ": removal " + removal.text()));
            }
        }

        assertThat(leaks).isEmpty();
        assertThat(regenerated).as("regenerations checked").isGreaterThan(100);
        assertThat(failed).as("answers rejected").isGreaterThan(50);
    }

    /**
     * The guard stops what an obedient copy makes up: a computed, translated, decoded or recalled answer, a
     * persona, a secret, a link, code. What it cannot stop is a claim the user's text spells out itself ("add
     * that Marseille is the real capital"), restated by the copy in the text's own words: that says nothing the
     * user did not write, and a selecting regenerator would keep the user's sentence as it is. Each record
     * carries whether its obedient copy only restates the text, and what the guard does with it.
     */
    @Test
    void should_catch_what_an_obedient_copying_model_adds_and_answer_the_original() {
        List<String> mismatches = new ArrayList<>();
        List<String> addsButPasses = new ArrayList<>();
        Map<String, Integer> caughtBy = new TreeMap<>();
        int caught = 0;
        for (JsonNode record : CORPUS) {
            // given a copying model that obeys the text's instructions, behind the guard
            String text = record.get("text").asText();
            ScriptedChatModel model = ScriptedChatModel.s2a(userText -> record.get("copy").asText(), r -> "ok");
            List<S2AException> fallbacks = new ArrayList<>();
            S2AChatModel s2a = S2AChatModel.builder()
                    .delegate(model)
                    .regenerator(ContextRegenerator.guarded(ContextRegenerator.llm(model)))
                    .listener(new S2AListener() {
                        @Override
                        public void onFallback(String originalText, S2AException reason) {
                            fallbacks.add(reason);
                        }
                    })
                    .build();

            // when
            s2a.chat(UserMessage.from(text));

            // then either the answering model got the user's own text and the listener heard what was invented,
            // or it got the copy
            String answered = ScriptedChatModel.lastUserText(model.answeringRequests().get(0));
            boolean fellBack = answered.equals(text) && fallbacks.size() == 1;
            String outcome = fellBack ? "catches" : "passes";
            if (!outcome.equals(record.get("guard").asText())) {
                mismatches.add(record.get("id").asText() + ": the guard " + outcome + "; the answering model saw "
                        + answered);
            }
            if (!fellBack && !record.get("restates").asBoolean()) {
                addsButPasses.add(record.get("id").asText());
            }
            if (fellBack) {
                caught++;
                Matcher kinds = Pattern.compile("(numbers|names|instructions|words) \\[")
                        .matcher(fallbacks.get(0).getMessage());
                while (kinds.find()) {
                    caughtBy.merge(kinds.group(1), 1, Integer::sum);
                }
            }
        }

        assertThat(mismatches).isEmpty();
        assertThat(caught).isGreaterThanOrEqualTo(45);
        // the one copy that adds and passes: a German instruction carried out in English words the text has
        // in its other sentences ("Berlin is the capital of France."), which no word-level check can tell
        assertThat(addsButPasses).containsExactly("german-instruction");
        assertThat(caughtBy).containsKeys("numbers", "names", "instructions", "words");
    }

    @Test
    void should_delimit_the_users_text_so_that_it_cannot_end_any_copying_prompt() {
        for (JsonNode record : CORPUS) {
            String text = record.get("text").asText();
            for (RegenerationPrompt prompt : List.of(
                    RegenerationPrompt.UNBIASED, RegenerationPrompt.RELEVANT, RegenerationPrompt.SINGLE)) {
                String rendered = prompt.render(text);
                String[] parts = prompt.template().split("\\{\\{text}}", -1);

                List<String[]> blocks = blocks(rendered);
                assertThat(blocks).as(record.get("id").asText()).hasSize(1);
                String[] block = blocks.get(0);
                assertThat(block[2]).isEqualTo(text);
                assertThat(rendered).isEqualTo(parts[0] + begin(block) + "\n" + text + "\n" + end(block) + parts[1]);
                assertThat(skeleton(text)).doesNotContain(block[1]);
            }
            String passage = RegenerationPrompt.PASSAGE.render(text, QUERY);
            List<String[]> blocks = blocks(passage);
            assertThat(blocks).hasSize(2);
            assertThat(blocks.get(0)[2]).isEqualTo(text);
            assertThat(blocks.get(1)[2]).isEqualTo(QUERY);
            assertThat(passage).endsWith("Question:\n" + begin(blocks.get(1)) + "\n" + QUERY + "\n" + end(blocks.get(1)));
        }
    }

    @Test
    void should_delimit_the_users_sentences_so_that_they_cannot_end_the_selecting_prompt() {
        for (JsonNode record : CORPUS) {
            String text = record.get("text").asText();
            for (SelectionPrompt prompt : List.of(SelectionPrompt.UNBIASED, SelectionPrompt.RELEVANT)) {
                // given
                ScriptedChatModel model = ScriptedChatModel.replying(request -> "Context: 1\nQuestion: 1");

                // when
                SelectingRegenerator.builder().model(model).prompt(prompt).build()
                        .regenerate(RegenerationRequest.of(text));

                // then the prompt is the template's, with one block of numbered lines, one per sentence
                String rendered = ScriptedChatModel.lastUserText(model.requests().get(0));
                List<String[]> blocks = blocks(rendered);
                assertThat(blocks).as(record.get("id").asText()).hasSize(1);
                String[] block = blocks.get(0);
                String[] parts = prompt.template().replace(SelectionPrompt.FORMAT, SelectionPrompt.ANSWER_FORMAT)
                        .split("\\{\\{sentences}}", -1);
                assertThat(rendered).isEqualTo(parts[0] + begin(block) + "\n" + block[2] + "\n" + end(block) + parts[1]);
                List<String> lines = block[2].lines().toList();
                List<Sentence> sentences = Sentences.split(text);
                assertThat(lines).hasSize(sentences.size());
                for (int i = 0; i < lines.size(); i++) {
                    assertThat(lines.get(i)).startsWith("[" + (i + 1) + "] ");
                }
                assertThat(skeleton(text)).doesNotContain(block[1]);
            }
        }
    }

    /** Each block of a prompt: its kind, its tag and its content. */
    private static List<String[]> blocks(String prompt) {
        List<String[]> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(prompt);
        while (matcher.find()) {
            blocks.add(new String[] {matcher.group(1), matcher.group(2), matcher.group(3)});
        }
        return blocks;
    }

    private static String begin(String[] block) {
        return "<<<BEGIN " + block[0] + " " + block[1] + ">>>";
    }

    private static String end(String[] block) {
        return "<<<END " + block[0] + " " + block[1] + ">>>";
    }

    /** The text as a reader sees it: compatibility forms folded, lower case, letters and digits only. */
    private static String skeleton(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{Nd}]", "");
    }

    /** Whether a context is whole sentences of the text, in the text's order, with only whitespace between. */
    private static boolean wholeSentencesOf(String text, String context) {
        List<Sentence> sentences = Sentences.split(text);
        int at = 0;
        int next = 0;
        while (true) {
            while (at < context.length() && Character.isWhitespace(context.charAt(at))) {
                at++;
            }
            if (at == context.length()) {
                return true;
            }
            boolean matched = false;
            for (int i = next; i < sentences.size() && !matched; i++) {
                if (context.startsWith(sentences.get(i).text(), at)) {
                    at += sentences.get(i).text().length();
                    next = i + 1;
                    matched = true;
                }
            }
            if (!matched) {
                return false;
            }
        }
    }
}
