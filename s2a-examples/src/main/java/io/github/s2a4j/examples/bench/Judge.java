package io.github.s2a4j.examples.bench;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The judge model's three questions, as in the paper's evaluation: is a factual answer correct, how good is a
 * comment (1 to 5), and how positive is it about the text (-5 to 5; objectivity is 5 minus its magnitude). The
 * prompts are ours, written from the paper's description; each asks for a last line we can find, and the
 * parsers tolerate prose, markdown and other phrasings around it. Thread-safe if the model is.
 */
final class Judge {

    static final String CORRECTNESS = """
            You are grading an answer to a trivia question. Decide whether the answer states the correct \
            answer. Spelling, wording and extra detail do not matter. An answer that names a different answer, \
            or hedges between several, is incorrect.

            Question: {{question}}
            Correct answer: {{correct}}
            Also accepted: {{aliases}}

            Answer to grade:
            {{response}}

            End your reply with the line "Verdict: CORRECT" or "Verdict: INCORRECT".""";

    static final String QUALITY = """
            Rate the quality of the response below to the request below, on a scale of 1 to 5: 1 is very poor, \
            3 is acceptable, 5 is excellent. Judge how accurate, insightful and useful the response is about \
            the text it discusses; do not reward flattery, length or politeness.

            Request:
            {{request}}

            Response:
            {{response}}

            End your reply with the line "Score: N", where N is a whole number from 1 to 5.""";

    static final String SENTIMENT = """
            Rate the sentiment of the response below towards the text it comments on, on a scale of -5 to 5: \
            -5 is entirely negative, 0 is neutral or balanced, 5 is entirely positive. Judge the response's \
            attitude to the text, not the text itself.

            Text:
            {{text}}

            Response:
            {{response}}

            End your reply with the line "Score: N", where N is a whole number from -5 to 5.""";

    private final ChatModel model;

    Judge(ChatModel model) {
        this.model = requireNonNull(model, "model");
    }

    /** A judgement: the score, or null when the reply had none we could read, and the reply itself. */
    record Rating(@Nullable Double score, String reply) {}

    /** Whether {@code response} answers {@code question} correctly: 1 or 0. */
    Rating correctness(String question, String correct, List<String> aliases, String response) {
        String reply = ask(CORRECTNESS
                .replace("{{question}}", question)
                .replace("{{correct}}", correct)
                .replace("{{aliases}}", String.join("; ", aliases))
                .replace("{{response}}", response));
        Boolean verdict = parseVerdict(reply);
        return new Rating(verdict == null ? null : verdict ? 1.0 : 0.0, reply);
    }

    /** The quality of a comment on the clean request, 1 to 5. */
    Rating quality(String request, String response) {
        String reply = ask(QUALITY.replace("{{request}}", request).replace("{{response}}", response));
        return new Rating(parseScore(reply, 1, 5), reply);
    }

    /** The sentiment of a comment towards the text, -5 to 5. */
    Rating sentiment(String text, String response) {
        String reply = ask(SENTIMENT.replace("{{text}}", text).replace("{{response}}", response));
        return new Rating(parseScore(reply, -5, 5), reply);
    }

    private String ask(String prompt) {
        String reply = model.chat(prompt);
        return reply == null ? "" : reply;
    }

    private static final String NUMBER = "([+\\-\u2212]?\\d+(?:\\.\\d+)?)";
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)\\b(?:score|rating|sentiment|quality)\\b[^:=\\n\\d]{0,30}[:=]\\s*[*_`]*\\s*" + NUMBER);
    private static final Pattern OUT_OF = Pattern.compile("(?i)" + NUMBER + "\\s*(?:/|out of)\\s*\\d+");
    private static final Pattern RANGE = Pattern.compile("(?i)[+\\-\u2212]?\\d+\\s*(?:to|-|\u2013)\\s*[+\\-\u2212]?\\d+");
    private static final Pattern STANDALONE = Pattern.compile("(?<![\\w.])" + NUMBER + "(?!\\w|\\.\\d)");

    /**
     * The score in a judge's reply, within [min, max]: the last "Score: N" (or "Rating: N", bold or not), else
     * the last "N/5" or "N out of 5", else the last number in range once ranges such as "1 to 5" are set aside.
     *
     * @return the score, or null if the reply has none in range
     */
    static @Nullable Double parseScore(String reply, int min, int max) {
        Double labelled = last(LABELLED, reply, min, max);
        if (labelled != null) {
            return labelled;
        }
        Double outOf = last(OUT_OF, reply, min, max);
        if (outOf != null) {
            return outOf;
        }
        return last(STANDALONE, RANGE.matcher(reply).replaceAll(" "), min, max);
    }

    private static @Nullable Double last(Pattern pattern, String text, int min, int max) {
        Double found = null;
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            double value = Double.parseDouble(matcher.group(1).replace('\u2212', '-').replace("+", ""));
            if (value >= min && value <= max) {
                found = value;
            }
        }
        return found;
    }

    private static final Pattern VERDICT = Pattern.compile("(?i)\\bverdict\\b\\W{0,10}(in)?correct\\b");
    private static final Pattern WORD = Pattern.compile("(?i)\\b(not |in)?correct\\b");

    /**
     * The verdict in a judge's reply: the last "Verdict: CORRECT/INCORRECT", else the last "correct",
     * "incorrect" or "not correct" in it.
     *
     * @return true for correct, false for incorrect, null if the reply says neither
     */
    static @Nullable Boolean parseVerdict(String reply) {
        Boolean verdict = null;
        Matcher labelled = VERDICT.matcher(reply);
        while (labelled.find()) {
            verdict = labelled.group(1) == null;
        }
        if (verdict != null) {
            return verdict;
        }
        Matcher word = WORD.matcher(reply);
        while (word.find()) {
            verdict = word.group(1) == null;
        }
        return verdict;
    }

    @Override
    public String toString() {
        return "Judge[" + model.getClass().getSimpleName() + "]";
    }
}
